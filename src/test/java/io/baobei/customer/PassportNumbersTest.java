package io.baobei.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PassportNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "E12345678,     E12345678",
            "e12345678,     E12345678",
            "'E 1234 5678', E12345678",
            "G12345678,     G12345678",
            "D12345678,     D12345678",
            "S12345678,     S12345678",
            "P12345678,     P12345678",
            "EA1234567,     EA1234567",
            "'ea 123 4567', EA1234567",
            "ＥＢ１２３４５６７, EB1234567",
            "E1234-5678,    E12345678",
    })
    void acceptsChinesePassports(String raw, String expected) {
        assertThat(PassportNumbers.normalize(raw)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "A12345678", "E1234567", "E123456789", "GA1234567", "EA123456", "12345678E", "E1234+5678"})
    void rejectsOtherShapes(String raw) {
        assertThat(PassportNumbers.normalize(raw)).isEmpty();
    }
}
