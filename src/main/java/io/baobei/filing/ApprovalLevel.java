package io.baobei.filing;

/** Rule F5: the regional manager's approval, and for some filings sales management's second one. */
public enum ApprovalLevel {
    REGIONAL_MANAGER,
    SALES_MANAGEMENT
}
