package io.baobei.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The file types accepted, recognised by their magic numbers only: the file name and the content type the
 * client sends are ignored, so a text file named {@code .png} or a renamed executable is refused.
 */
public enum AttachmentContentType {

    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    PDF("application/pdf", "pdf");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** The first chunk of every PNG is IHDR, after its 4-byte length. */
    private static final byte[] PNG_IHDR = "IHDR".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG_SOI = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final String mediaType;
    private final String extension;

    AttachmentContentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<AttachmentContentType> detect(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE) && startsWith(bytes, 12, PNG_IHDR)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, JPEG_SOI)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PDF_HEADER)) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    public static Optional<AttachmentContentType> ofMediaType(String mediaType) {
        for (AttachmentContentType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
