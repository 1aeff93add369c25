package io.baobei.customer;

record CustomerProfileSummary(String owner, String lastFilingId, int signedContracts) {
}
