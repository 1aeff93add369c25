package io.baobei.customer;

public record CustomerProfileSummary(String owner, String lastFilingId, int signedContracts) {
}
