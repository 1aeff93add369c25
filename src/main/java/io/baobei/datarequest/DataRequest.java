package io.baobei.datarequest;

import java.time.OffsetDateTime;
import java.util.List;

/** A customer's change or deletion request and what became of it; personal values stay encrypted. */
public record DataRequest(String id, DataRequestKind kind, String status, DocumentType documentType, String changesEnc,
                          List<String> affectedFilings, String recordedBy, OffsetDateTime recordedAt, String decidedBy,
                          String decisionComment, OffsetDateTime completedAt) {

    public static final String RECORDED = "RECORDED";
    public static final String REJECTED = "REJECTED";
    public static final String COMPLETED = "COMPLETED";
}
