package io.baobei.filing;

/** A filing was stored and its customer claimed ({@code PENDING_APPROVAL}) or found protected ({@code IN_COLLISION}). */
public record FilingRegistered(String filingId, FilingStatus status) {
}
