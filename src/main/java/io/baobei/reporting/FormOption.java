package io.baobei.reporting;

/** One choice of a Tasklist checklist whose options come from a process variable ({@code valuesKey}). */
public record FormOption(String label, String value) {
}
