package io.baobei.collision;

import java.time.OffsetDateTime;

/** A colleague's registered help on a filing (rule C12) and, once agreed, the filer's percentage. */
public record Assist(String filingId, String helper, OffsetDateTime registeredAt, String note, AssistStatus status,
                     Integer filerPercent) {
}
