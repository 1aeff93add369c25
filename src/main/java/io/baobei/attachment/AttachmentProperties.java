package io.baobei.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code attachment.max-bytes}: the largest copy accepted (default 5 MB). Keep
 * {@code spring.servlet.multipart.max-file-size} a little above it, so that a file between the two gets this
 * limit's message and a larger one is cut off while it is still being received.
 */
@ConfigurationProperties("attachment")
public record AttachmentProperties(@DefaultValue("5242880") long maxBytes) {

    /** Encrypted and base64url-encoded, the largest file must still fit {@code attachment.data_enc}. */
    static final long STORED_COLUMN_CHARS = 8_000_000;
    private static final int ENCRYPTION_OVERHEAD_BYTES = 12 + 16;
    private static final int HEADER_CHARS = 64;

    public AttachmentProperties {
        if (maxBytes <= 0) {
            throw new IllegalStateException("attachment.max-bytes must be positive");
        }
        long storedChars = (4 * (maxBytes + ENCRYPTION_OVERHEAD_BYTES) + 2) / 3 + HEADER_CHARS;
        if (storedChars > STORED_COLUMN_CHARS) {
            throw new IllegalStateException("attachment.max-bytes " + maxBytes + " is too large: encrypted it would not fit "
                    + "attachment.data_enc (" + STORED_COLUMN_CHARS + " characters); at most 5999924 bytes (about 5.7 MB)");
        }
    }

    /** The limit as people read it: {@code 5 MB}, {@code 512 KB}, or bytes. */
    public String describe() {
        if (maxBytes % (1024 * 1024) == 0) {
            return maxBytes / (1024 * 1024) + " MB";
        }
        if (maxBytes % 1024 == 0) {
            return maxBytes / 1024 + " KB";
        }
        return maxBytes + " 字节";
    }
}
