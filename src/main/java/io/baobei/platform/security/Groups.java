package io.baobei.platform.security;

import java.util.List;

/** Group ids of the contract, plus one group per sales region ({@code region-east}, {@code region-west}). */
public final class Groups {

    public static final String SALES = "sales";
    public static final String CUSTOMER_SERVICE = "customer-service";
    public static final String MARKETING = "marketing";
    public static final String REGIONAL_MANAGER = "regional-manager";
    public static final String SALES_MANAGEMENT = "sales-management";
    public static final String HR_ADMIN = "hr-admin";
    public static final String FINANCE = "finance";
    public static final String ANALYST = "analyst";
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    public static final List<String> STAFF = List.of(SALES, CUSTOMER_SERVICE, MARKETING, REGIONAL_MANAGER, SALES_MANAGEMENT, HR_ADMIN, FINANCE, ANALYST);

    public static final List<String> REGIONS = List.of("east", "west");

    private static final String REGION_PREFIX = "region-";

    private Groups() {
    }

    public static String ofRegion(String region) {
        return REGION_PREFIX + region;
    }
}
