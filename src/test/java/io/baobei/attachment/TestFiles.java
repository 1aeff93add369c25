package io.baobei.attachment;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Tiny files built by hand: just enough of each format for its magic number, and a few impostors. */
final class TestFiles {

    private TestFiles() {
    }

    /** PNG signature and an IHDR chunk of a 1×1 RGBA image. */
    static byte[] png() {
        ByteBuffer ihdr = ByteBuffer.allocate(4 + 13).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(1).putInt(1).put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue())
                .array();
    }

    /** SOI, a JFIF APP0 segment, EOI. */
    static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01,
                0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, (byte) 0xFF, (byte) 0xD9};
    }

    /** A one-page PDF skeleton carrying {@code marker} in clear text. */
    static byte[] pdf(String marker) {
        return ("%PDF-1.4\n% " + marker + "\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF header followed by padding up to {@code size} bytes. */
    static byte[] pdfOfSize(int size) {
        byte[] bytes = new byte[size];
        byte[] header = pdf("padding");
        System.arraycopy(header, 0, bytes, 0, Math.min(header.length, size));
        return bytes;
    }

    static byte[] text() {
        return "这不是图片，只是改了扩展名的文本文件。\n".getBytes(StandardCharsets.UTF_8);
    }

    /** A ZIP local file header (also what .docx and .xlsx start with). */
    static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'P', 'K', 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00});
        out.writeBytes("id.png".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** A DOS/Windows executable header. */
    static byte[] exe() {
        byte[] bytes = new byte[64];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[2] = (byte) 0x90;
        return bytes;
    }
}
