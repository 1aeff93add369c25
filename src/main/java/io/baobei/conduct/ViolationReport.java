package io.baobei.conduct;

/**
 * {@code POST /api/conduct/violations}: who, which violation, the filing it concerns, what happened, and how many
 * customers the incident concerns ({@code customerCount}, 1 when not given; a data leak is fined per customer, X5b).
 */
public record ViolationReport(String person, String violation, String filingId, String detail, Integer customerCount) {
}
