package io.baobei.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** {@code attachment}: the copies, encrypted ({@code data_enc}); metadata queries never read the data column. */
@Repository
class AttachmentRepository {

    private static final String METADATA =
            "id, owner_type, owner_id, kind, content_type, size_bytes, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    public AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(AttachmentOwnerType ownerType, String ownerId, AttachmentKind kind, AttachmentContentType type,
                       int size, String dataEnc, String uploadedBy, OffsetDateTime uploadedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into attachment (owner_type, owner_id, kind, content_type, size_bytes, data_enc, uploaded_by, uploaded_at)
                values (:ownerType, :ownerId, :kind, :contentType, :size, :data, :uploadedBy, :uploadedAt)
                """)
                .param("ownerType", ownerType.name()).param("ownerId", ownerId).param("kind", kind.name())
                .param("contentType", type.mediaType()).param("size", size).param("data", dataEnc)
                .param("uploadedBy", uploadedBy).param("uploadedAt", uploadedAt)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public List<Attachment> of(AttachmentOwnerType ownerType, String ownerId) {
        return jdbc.sql("select " + METADATA + " from attachment where owner_type = :ownerType and owner_id = :ownerId order by id")
                .param("ownerType", ownerType.name()).param("ownerId", ownerId)
                .query(AttachmentRepository::map).list();
    }

    public Optional<Attachment> find(long id) {
        return jdbc.sql("select " + METADATA + " from attachment where id = :id").param("id", id)
                .query(AttachmentRepository::map).optional();
    }

    public String data(long id) {
        return jdbc.sql("select data_enc from attachment where id = :id").param("id", id).query(String.class).single();
    }

    /** How many copies of each kind the owner has, in the order of {@link AttachmentKind}. */
    public Map<AttachmentKind, Integer> countByKind(AttachmentOwnerType ownerType, String ownerId) {
        Map<AttachmentKind, Integer> counts = new EnumMap<>(AttachmentKind.class);
        jdbc.sql("select kind, count(*) as n from attachment where owner_type = :ownerType and owner_id = :ownerId group by kind")
                .param("ownerType", ownerType.name()).param("ownerId", ownerId)
                .query((rs, row) -> counts.put(AttachmentKind.valueOf(rs.getString("kind")), rs.getInt("n")))
                .list();
        return counts;
    }

    /**
     * Locks the filing's row for the rest of the transaction, so that uploads to one filing take turns keeping
     * its process variable {@code attachmentsSummary} (two first uploads would otherwise create it twice).
     *
     * @return whether the filing exists
     */
    /** Rule D4: a deleted customer's document copies go with their data. */
    public int deleteAll(AttachmentOwnerType ownerType, String ownerId) {
        return jdbc.sql("delete from attachment where owner_type = :t and owner_id = :o")
                .param("t", ownerType.name()).param("o", ownerId).update();
    }

    public boolean lockFiling(String filingId) {
        return !jdbc.sql("select id from filing where id = :id for update").param("id", filingId).query(String.class).list().isEmpty();
    }

    private static Attachment map(ResultSet rs, int row) throws SQLException {
        return new Attachment(
                rs.getLong("id"),
                AttachmentOwnerType.valueOf(rs.getString("owner_type")),
                rs.getString("owner_id"),
                AttachmentKind.valueOf(rs.getString("kind")),
                AttachmentContentType.ofMediaType(rs.getString("content_type")).orElseThrow(),
                rs.getInt("size_bytes"),
                rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
