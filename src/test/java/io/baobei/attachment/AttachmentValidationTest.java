package io.baobei.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.baobei.platform.validation.FieldError;
import io.baobei.platform.validation.FieldErrors;
import io.baobei.platform.validation.InvalidInputException;

/** The checks of every upload, without Spring: content by magic number, size, kind. */
class AttachmentValidationTest {

    private static final AttachmentProperties DEFAULT = new AttachmentProperties(5_242_880);

    @Test
    void pngJpegAndPdfAreRecognisedByTheirBytes() {
        assertThat(AttachmentContentType.detect(TestFiles.png())).contains(AttachmentContentType.PNG);
        assertThat(AttachmentContentType.detect(TestFiles.jpeg())).contains(AttachmentContentType.JPEG);
        assertThat(AttachmentContentType.detect(TestFiles.pdf("x"))).contains(AttachmentContentType.PDF);
        assertThat(AttachmentContentType.PNG.mediaType()).isEqualTo("image/png");
        assertThat(AttachmentContentType.JPEG.extension()).isEqualTo("jpg");
        assertThat(AttachmentContentType.PDF.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void anythingElseIsNotRecognised() {
        assertThat(AttachmentContentType.detect(TestFiles.text())).isEmpty();
        assertThat(AttachmentContentType.detect(TestFiles.zip())).isEmpty();
        assertThat(AttachmentContentType.detect(TestFiles.exe())).isEmpty();
        assertThat(AttachmentContentType.detect(new byte[0])).isEmpty();
        assertThat(AttachmentContentType.detect(null)).isEmpty();
        // the PNG signature alone, without its IHDR chunk, and the PDF header not at the start
        assertThat(AttachmentContentType.detect(java.util.Arrays.copyOf(TestFiles.png(), 8))).isEmpty();
        assertThat(AttachmentContentType.detect((" " + new String(TestFiles.pdf("x"), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(AttachmentContentType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    }

    @Test
    void aFileIsCheckedForEmptinessSizeAndContent() {
        assertThat(fileErrors(TestFiles.pdf("x"), DEFAULT)).isEmpty();
        assertThat(fileErrors(new byte[0], DEFAULT)).singleElement().extracting(FieldError::message).isEqualTo("文件为空");
        assertThat(fileErrors(null, DEFAULT)).singleElement().extracting(FieldError::field).isEqualTo("file");
        assertThat(fileErrors(TestFiles.text(), DEFAULT)).singleElement().extracting(FieldError::message).asString()
                .contains("PNG", "JPEG", "PDF");
        assertThat(fileErrors(TestFiles.zip(), DEFAULT)).hasSize(1);
        assertThat(fileErrors(TestFiles.exe(), DEFAULT)).hasSize(1);
    }

    @Test
    void theSizeLimitIsInclusive() {
        AttachmentProperties small = new AttachmentProperties(1024);

        assertThat(fileErrors(TestFiles.pdfOfSize(1024), small)).isEmpty();
        assertThat(fileErrors(TestFiles.pdfOfSize(1025), small)).singleElement()
                .isEqualTo(new FieldError("file", "文件超过 1 KB 的上限"));
        assertThat(fileErrors(TestFiles.pdfOfSize(5_242_881), DEFAULT)).singleElement()
                .isEqualTo(new FieldError("file", "文件超过 5 MB 的上限"));
        assertThat(fileErrors(TestFiles.pdfOfSize(5_242_880), DEFAULT)).isEmpty();
    }

    @Test
    void aLimitThatWouldNotFitTheColumnIsRefusedAtStartup() {
        assertThatThrownBy(() -> new AttachmentProperties(10_000_000)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("attachment.max-bytes");
        assertThatThrownBy(() -> new AttachmentProperties(0)).isInstanceOf(IllegalStateException.class);
        assertThat(new AttachmentProperties(5_999_924).maxBytes()).isEqualTo(5_999_924);
        assertThat(new AttachmentProperties(1000).describe()).isEqualTo("1000 字节");
    }

    @Test
    void kindsAreTheThreeDocumentsByNameOrLabel() {
        assertThat(AttachmentKind.parse("ID_CARD")).contains(AttachmentKind.ID_CARD);
        assertThat(AttachmentKind.parse(" business_license ")).contains(AttachmentKind.BUSINESS_LICENSE);
        assertThat(AttachmentKind.parse("护照")).contains(AttachmentKind.PASSPORT);
        assertThat(AttachmentKind.parse("DRIVING_LICENSE")).isEmpty();
        FieldErrors errors = new FieldErrors();
        assertThat(AttachmentValidation.kind("DRIVING_LICENSE", errors)).isNull();
        assertThat(errors.has("kind")).isTrue();
        FieldErrors missing = new FieldErrors();
        AttachmentValidation.kind(" ", missing);
        assertThat(missing.has("kind")).isTrue();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        FieldErrors errors = new FieldErrors();
        AttachmentValidation.kind("VISA", errors);
        AttachmentValidation.file(TestFiles.exe(), DEFAULT, errors);

        assertThatThrownBy(errors::throwIfAny).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors().stream().map(FieldError::field).toList())
                .isEqualTo(List.of("kind", "file"));
    }

    @Test
    void theSummaryCountsCopiesByKindInAFixedOrder() {
        Map<AttachmentKind, Integer> counts = new EnumMap<>(AttachmentKind.class);
        assertThat(AttachmentSummary.text(counts)).isNull();
        counts.put(AttachmentKind.BUSINESS_LICENSE, 1);
        counts.put(AttachmentKind.ID_CARD, 2);

        assertThat(AttachmentSummary.text(counts)).isEqualTo("身份证 2 份、营业执照 1 份");
    }

    private static List<FieldError> fileErrors(byte[] bytes, AttachmentProperties limits) {
        FieldErrors errors = new FieldErrors();
        AttachmentValidation.file(bytes, limits, errors);
        try {
            errors.throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors();
        }
    }
}
