package io.baobei.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InputValuesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private enum Choice { FIRST, SECOND }

    private static InputValues of(Object... pairs) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return new InputValues(values, SHANGHAI);
    }

    private static List<FieldError> problems(FieldErrors errors) {
        try {
            errors.throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors();
        }
    }

    @Test
    void optionalTextIsTheTrimmedTextOfAnyValueAndNullWhenBlank() {
        InputValues in = of("note", "  hello ", "blank", " \t", "count", 12);
        assertThat(in.optionalText("note")).isEqualTo("hello");
        assertThat(in.optionalText("blank")).isNull();
        assertThat(in.optionalText("missing")).isNull();
        assertThat(in.optionalText("count")).isEqualTo("12");
    }

    @Test
    void givenTextNamesTheFieldWhenRequiredAndMissingOrTooLong() {
        FieldErrors errors = new FieldErrors();
        InputValues in = of("statement", " ", "reason", "x".repeat(11), "note", " fine ");
        assertThat(in.givenText("statement", 10, true, errors)).isNull();
        assertThat(in.givenText("reason", 10, false, errors)).isNull();
        assertThat(in.givenText("optional", 10, false, errors)).isNull();
        assertThat(in.givenText("note", 10, true, errors)).isEqualTo("fine");
        assertThat(problems(errors)).containsExactly(new FieldError("statement", "必填"),
                new FieldError("reason", "不能超过10个字"));
    }

    @Test
    void constantIsRequiredAndNamedExactly() {
        FieldErrors errors = new FieldErrors();
        InputValues in = of("a", " FIRST ", "b", "first", "c", "");
        assertThat(in.constant("a", Choice.class, errors)).isEqualTo(Choice.FIRST);
        assertThat(in.constant("b", Choice.class, errors)).isNull();
        assertThat(in.constant("c", Choice.class, errors)).isNull();
        assertThat(problems(errors)).containsExactly(new FieldError("b", "取值无效：[FIRST, SECOND]"),
                new FieldError("c", "必填"));
    }

    @Test
    void wholeNumberTakesNumbersAndTheirTextAndNamesAnythingElse() {
        FieldErrors errors = new FieldErrors();
        InputValues in = of("n", 40, "t", " 60 ", "d", "2.0", "f", "2.5", "w", "many", "e", "");
        assertThat(in.wholeNumber("n", "bad", errors)).isEqualTo(40);
        assertThat(in.wholeNumber("t", "bad", errors)).isEqualTo(60);
        assertThat(in.wholeNumber("d", "bad", errors)).isEqualTo(2);
        assertThat(in.wholeNumber("e", "bad", errors)).isNull();
        assertThat(in.wholeNumber("f", "not whole", errors)).isNull();
        assertThat(in.wholeNumber("w", "not a number", errors)).isNull();
        assertThat(problems(errors)).containsExactly(new FieldError("f", "not whole"), new FieldError("w", "not a number"));
    }

    @Test
    void isTrueOnlyForTrueOrItsText() {
        InputValues in = of("a", true, "b", "true", "c", "TRUE", "d", "yes", "e", false);
        assertThat(List.of(in.isTrue("a"), in.isTrue("b"), in.isTrue("c"), in.isTrue("d"), in.isTrue("e"), in.isTrue("x")))
                .containsExactly(true, true, false, false, false, false);
    }

    @Test
    void strictTextRefusesNonTextAndControlCharacters() {
        FieldErrors errors = new FieldErrors();
        InputValues in = of("number", 5, "control", "a\u0007b", "bidi", "a\u202Eb", "ok", "\u200B name \uFEFF");
        assertThat(in.text("number", 20, true, errors)).isNull();
        assertThat(in.text("control", 20, true, errors)).isNull();
        assertThat(in.text("bidi", 20, true, errors)).isNull();
        assertThat(in.text("ok", 20, true, errors)).isEqualTo("name");
        assertThat(problems(errors)).extracting(FieldError::field).containsExactly("number", "control", "bidi");
    }

    @Test
    void datesAndTimesWithoutOffsetAreInTheBusinessZone() {
        FieldErrors errors = new FieldErrors();
        InputValues in = of("at", "2026-12-01T10:00", "on", "2026-12-01", "bad", "01.12.2026");
        assertThat(in.dateTime("at", errors)).isEqualTo(OffsetDateTime.parse("2026-12-01T10:00+08:00"));
        assertThat(in.date("on", true, errors)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(in.date("bad", true, errors)).isNull();
        assertThat(problems(errors)).containsExactly(new FieldError("bad", "日期格式无效：应为 yyyy-MM-dd"));
    }

    @Test
    void dateTimesAreReadAsOffsetDateTimeOrLocalDateTimeReadThem() {
        FieldErrors errors = new FieldErrors();
        InputValues in = of("offset", "2026-12-01T10:00:30+09:00", "utc", "2026-12-01T02:00Z", "fraction",
                "2026-12-01T10:00:00.250", "february30", "2026-02-30T10:00", "zoneName", "2026-12-01T10:00+08:00[Asia/Shanghai]",
                "dateOnly", "2026-12-01", "farFuture", "+999999999-12-31T23:59-18:00", "yearZero", "0000-12-01T10:00",
                "ancientDate", "1899-12-31", "nextCentury", "2101-01-01");
        assertThat(in.dateTime("offset", errors)).isEqualTo(OffsetDateTime.parse("2026-12-01T10:00:30+09:00"));
        assertThat(in.dateTime("utc", errors)).isEqualTo(OffsetDateTime.parse("2026-12-01T02:00Z"));
        assertThat(in.dateTime("fraction", errors)).isEqualTo(OffsetDateTime.parse("2026-12-01T10:00:00.250+08:00"));
        assertThat(in.dateTime("february30", errors)).isNull();
        assertThat(in.dateTime("zoneName", errors)).isNull();
        assertThat(in.dateTime("dateOnly", errors)).isNull();
        assertThat(in.dateTime("farFuture", errors)).isNull();
        assertThat(in.dateTime("yearZero", errors)).isNull();
        assertThat(in.date("ancientDate", true, errors)).isNull();
        assertThat(in.date("nextCentury", true, errors)).isNull();
        assertThat(problems(errors)).extracting(FieldError::field).containsExactly("february30", "zoneName", "dateOnly",
                "farFuture", "yearZero", "ancientDate", "nextCentury");
        assertThat(problems(errors)).filteredOn(problem -> problem.field().equals("farFuture"))
                .extracting(FieldError::message).containsExactly("年份应在 1900 至 2100 之间");
    }

    @Test
    void amountsAndFlags() {
        FieldErrors errors = new FieldErrors();
        InputValues in = of("amount", "1200.50", "negative", -1, "flag", "False", "notFlag", "no");
        assertThat(in.amount("amount", errors)).isEqualByComparingTo(new BigDecimal("1200.50"));
        assertThat(in.amount("negative", errors)).isNull();
        assertThat(in.flag("flag", true, errors)).isFalse();
        assertThat(in.flag("notFlag", true, errors)).isNull();
        assertThat(problems(errors)).containsExactly(new FieldError("negative", "不能为负数"),
                new FieldError("notFlag", "应为 true 或 false"));
    }

    @Test
    void inputWithoutAZoneCannotHoldDates() {
        InputValues in = new InputValues(Map.of("at", new java.util.Date()));
        assertThatThrownBy(() -> in.dateTime("at", new FieldErrors())).isInstanceOf(IllegalStateException.class);
    }
}
