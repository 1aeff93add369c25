package io.baobei.attachment;

import java.util.Locale;
import java.util.Optional;

/** The identity documents a filing or a data request may carry a copy of (rule D7; P3, P5 §七). */
public enum AttachmentKind {

    ID_CARD("身份证"),
    BUSINESS_LICENSE("营业执照"),
    PASSPORT("护照");

    private final String label;

    AttachmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The enum name in any case, or the Chinese label. */
    public static Optional<AttachmentKind> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        for (AttachmentKind kind : values()) {
            if (kind.name().equals(wanted.toUpperCase(Locale.ROOT)) || kind.label.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
