package io.baobei.support;

import java.util.HashMap;
import java.util.Map;

/** Start variables of realistic filings. */
public final class Filings {

    private Filings() {
    }

    /** An enterprise customer, visit in ten days, region east. Phones differ per {@code n}. */
    public static Map<String, Object> enterprise(int n) {
        Map<String, Object> v = new HashMap<>();
        v.put("customerType", "ENTERPRISE");
        v.put("customerName", "重庆兆度科技第" + n + "分公司");
        v.put("contactName", "马化腾");
        v.put("contactPhone", "+86 139-%04d-%04d".formatted(n / 10000, n % 10000));
        v.put("address", "重庆市渝北区金开大道" + n + "号");
        v.put("region", "east");
        v.put("visitTime", "2027-06-10T10:00");
        v.put("visitPurpose", "介绍门禁系统方案");
        v.put("creditCode", creditCode(n));
        v.put("legalRepresentative", "马化腾");
        v.put("expectedAmount", 200000);
        return v;
    }

    private static final String CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** A valid unified social credit code (GB 32100-2015 check character), distinct per {@code n}. */
    public static String creditCode(int n) {
        String base = "91500000" + "%09d".formatted(n);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CODE_CHARS.indexOf(base.charAt(i)) * CREDIT_CODE_WEIGHTS[i];
        }
        return base + CREDIT_CODE_CHARS.charAt((31 - sum % 31) % 31);
    }

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** A valid mainland ID number (ISO 7064 MOD 11-2 check), distinct for {@code n} below 1000. */
    public static String idNumber(int n) {
        String base = "11010519900101" + "%03d".formatted(n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (base.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return base + "10X98765432".charAt(sum % 11);
    }

    /** An individual customer in region east with phone 138 1234 8000. */
    public static Map<String, Object> individual() {
        Map<String, Object> v = new HashMap<>();
        v.put("customerType", "INDIVIDUAL");
        v.put("customerName", "欧阳娜娜");
        v.put("contactName", "欧阳娜娜");
        v.put("contactPhone", "138 1234 8000");
        v.put("address", "北京市朝阳区建国路88号SOHO现代城");
        v.put("region", "east");
        v.put("visitTime", "2027-06-10T10:00");
        v.put("visitPurpose", "看房");
        v.put("idNumber", "11010519491231002X");
        return v;
    }
}
