package io.baobei.conduct;

/** {@code POST /api/conduct/violations}: who, which violation, the filing it concerns, what happened. */
public record ViolationReport(String person, String violation, String filingId, String detail) {
}
