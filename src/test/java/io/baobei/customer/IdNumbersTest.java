package io.baobei.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    /*
     * Check characters computed with ISO 7064 MOD 11-2 (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2):
     *   11010519491231002 -> X   (the classic GB 11643 sample)
     *   44030819990101123 -> 4
     *   11010120000229001 -> 8   (leap day)
     *   31011519800101003 -> 2
     *   44030820240301001 -> 4
     */
    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440308199901011234", "110101200002290018", "310115198001010032"})
    void acceptsValidNumbers(String id) {
        assertThat(IdNumbers.normalize(id, TODAY)).contains(id);
    }

    @ParameterizedTest
    @CsvSource({
            "'11010519491231002x',        11010519491231002X",
            "' 110105 19491231 002X ',    11010519491231002X",
            "'１１０１０５１９４９１２３１００２Ｘ', 11010519491231002X",
            "'１１０１０５１９４９１２３１００２ｘ', 11010519491231002X",
            "'110105　19491231　002x',     11010519491231002X",
    })
    void normalisesTypingVariants(String raw, String expected) {
        assertThat(IdNumbers.normalize(raw, TODAY)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "  ",
            "110105194912310021",  // wrong check digit
            "11010519491231002Y",
            "X10105194912310021",
            "11010519491231002",   // 17 characters
            "110105491231002",     // legacy 15-digit form
            "110105194913310021",  // month 13 (check digit correct)
            "110105194902300020",  // 30 February (check digit correct)
            "110105190002290025",  // 1900 was not a leap year (check digit correct)
            "11010519491231002XX",
    })
    void rejectsInvalidNumbers(String raw) {
        assertThat(IdNumbers.normalize(raw, TODAY)).isEmpty();
    }

    @Test
    void rejectsInvalidDateEvenWithMatchingCheckDigit() {
        // 11010519490230001 gets check digit 2, but 1949-02-30 does not exist.
        String base = "11010519490230001";
        assertThat(IdNumbers.normalize(base + checkDigit(base), TODAY)).isEmpty();
    }

    @Test
    void rejectsBirthDatesAfterToday() {
        String bornMarch2024 = "440308202403010014";
        assertThat(IdNumbers.normalize(bornMarch2024, LocalDate.of(2024, 3, 1))).contains(bornMarch2024);
        assertThat(IdNumbers.normalize(bornMarch2024, LocalDate.of(2024, 2, 29))).isEmpty();
    }

    @Test
    void defaultOverloadUsesTheCurrentDate() {
        assertThat(IdNumbers.normalize("11010519491231002x")).contains("11010519491231002X");
    }

    private static char checkDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
