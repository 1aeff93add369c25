package io.baobei.attachment;

import io.baobei.platform.validation.FieldErrors;

/**
 * The checks every upload passes, whoever it is for: a known kind, a file that is not empty, not larger than
 * {@code attachment.max-bytes}, and a PNG, JPEG or PDF by its content. Every problem is named by its field
 * ({@code kind}, {@code file}); messages never quote the input.
 */
final class AttachmentValidation {

    static final String KIND = "kind";
    static final String FILE = "file";

    private AttachmentValidation() {
    }

    /** Adds the kind's problem, if any, and returns the kind (null when it has a problem). */
    static AttachmentKind kind(String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(KIND, "必填：ID_CARD（身份证）、BUSINESS_LICENSE（营业执照）或 PASSPORT（护照）");
            return null;
        }
        AttachmentKind kind = AttachmentKind.parse(text).orElse(null);
        if (kind == null) {
            errors.add(KIND, "未知的证件类型：须为 ID_CARD（身份证）、BUSINESS_LICENSE（营业执照）或 PASSPORT（护照）");
        }
        return kind;
    }

    /** Adds the file's problem, if any, and returns the type its content shows (null when it has a problem). */
    static AttachmentContentType file(byte[] bytes, AttachmentProperties limits, FieldErrors errors) {
        if (bytes == null) {
            errors.add(FILE, "必填：请以 multipart/form-data 的 file 部分上传证件复印件");
            return null;
        }
        if (bytes.length == 0) {
            errors.add(FILE, "文件为空");
            return null;
        }
        if (bytes.length > limits.maxBytes()) {
            errors.add(FILE, tooLarge(limits));
            return null;
        }
        AttachmentContentType type = AttachmentContentType.detect(bytes).orElse(null);
        if (type == null) {
            errors.add(FILE, "仅接受 PNG 或 JPEG 图片和 PDF 文件（按文件内容判断，与文件名无关）");
        }
        return type;
    }

    static String tooLarge(AttachmentProperties limits) {
        return "文件超过 " + limits.describe() + " 的上限";
    }
}
