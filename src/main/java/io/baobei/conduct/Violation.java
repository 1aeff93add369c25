package io.baobei.conduct;

/** The contract's violation values (input of {@code penalty-catalog}). */
public enum Violation {
    FALSE_FILING("虚假报备"),
    UNFILED_COLLISION("未报备导致撞单"),
    LATE_FILING_COLLISION("虚报漏报晚报导致撞单"),
    UNREPORTED_COLLISION("未及时报告撞单"),
    DATA_LEAK("泄露客户信息"),
    DATA_LEAK_FOR_PAY("为谋利泄露客户信息"),
    TAMPERING("查看/篡改/破坏他人报备"),
    CUSTOMER_PRESENT_DISPUTE("客户面前争执"),
    SABOTAGE("阻碍破坏同事成交"),
    SALES_VIOLATION("违反销售纪律"),
    /** X10: filing or working a customer someone else validly protects, or pressing one whose choice is pending. */
    ORDER_SNATCHING("抢单");

    private final String label;

    Violation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
