package io.baobei.filing;

/**
 * What the forms show of a filing changed outside its process (a customer's data request, a follow-up): the
 * process's display object is rebuilt from the stored filing.
 */
public record FilingDataChanged(String filingId) {
}
