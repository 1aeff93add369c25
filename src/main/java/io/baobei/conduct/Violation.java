package io.baobei.conduct;

/** The contract's violation values (input of {@code penalty-catalog}). */
public enum Violation {
    FALSE_FILING,
    UNFILED_COLLISION,
    LATE_FILING_COLLISION,
    UNREPORTED_COLLISION,
    DATA_LEAK,
    DATA_LEAK_FOR_PAY,
    TAMPERING,
    CUSTOMER_PRESENT_DISPUTE,
    SABOTAGE,
    SALES_VIOLATION
}
