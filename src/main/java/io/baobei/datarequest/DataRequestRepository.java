package io.baobei.datarequest;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class DataRequestRepository {

    private final JdbcClient jdbc;

    public DataRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code R20261127-00044}, numbered with the filings. */
    public String nextId(OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into filing_number (issued_at) values (:now)").param("now", now).update(key, "n");
        return "R%s-%05d".formatted(now.toLocalDate().toString().replace("-", ""), key.getKey().longValue());
    }

    public void insert(String id, DataRequestKind kind, DocumentType documentType, String documentNumberEnc, String changesEnc,
                       String noteEnc, List<String> affectedFilings, String recordedBy, OffsetDateTime at) {
        jdbc.sql("""
                insert into customer_data_request (id, kind, status, document_type, document_number_enc, changes_enc, note_enc,
                    affected_filings, recorded_by, recorded_at)
                values (:id, :kind, :status, :docType, :docNo, :changes, :note, :affected, :by, :at)
                """)
                .param("id", id).param("kind", kind.name()).param("status", DataRequest.RECORDED)
                .param("docType", documentType.name()).param("docNo", documentNumberEnc).param("changes", changesEnc)
                .param("note", noteEnc).param("affected", String.join(",", affectedFilings)).param("by", recordedBy)
                .param("at", at).update();
    }

    public DataRequest get(String id) {
        return jdbc.sql("select * from customer_data_request where id = :id").param("id", id)
                .query((rs, row) -> new DataRequest(rs.getString("id"), DataRequestKind.valueOf(rs.getString("kind")),
                        rs.getString("status"), DocumentType.valueOf(rs.getString("document_type")), rs.getString("changes_enc"),
                        rs.getString("affected_filings").isEmpty() ? List.of() : Arrays.asList(rs.getString("affected_filings").split(",")),
                        rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("decided_by"),
                        rs.getString("decision_comment"), rs.getObject("completed_at", OffsetDateTime.class)))
                .single();
    }

    public void decide(String id, String status, String decidedBy, String comment, OffsetDateTime at) {
        jdbc.sql("update customer_data_request set status = :s, decided_by = :by, decided_at = :at, decision_comment = :c where id = :id")
                .param("s", status).param("by", decidedBy).param("at", at).param("c", comment).param("id", id).update();
    }

    public void complete(String id, OffsetDateTime at) {
        jdbc.sql("update customer_data_request set status = :s, completed_at = :at where id = :id")
                .param("s", DataRequest.COMPLETED).param("at", at).param("id", id).update();
    }
}
