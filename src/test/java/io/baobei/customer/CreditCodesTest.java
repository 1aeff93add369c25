package io.baobei.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodesTest {

    /*
     * Published codes whose check character was recomputed with the GB 32100 algorithm before use
     * (weighted sum mod 31, check = 31 - r, 31 -> 0). 911100001000008553, sometimes quoted as an example,
     * fails that check (the computed check character is U), so it is used as a negative case below.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43",
            "91110000802100433B",
            "914403001922038216",
            "91440300708461136T",
            "91330100716105852F",
            "91110108551385082Q",
            "9111000071093123XX",
    })
    void acceptsValidCodes(String code) {
        assertThat(CreditCodes.normalize(code)).contains(code);
    }

    @ParameterizedTest
    @CsvSource({
            "'91350100m000100y43',       91350100M000100Y43",
            "'  91350100M000100Y43  ',   91350100M000100Y43",
            "'9135 0100 M000 100Y 43',   91350100M000100Y43",
            "'913501-00M000100Y-43',     91350100M000100Y43",
            "'９１３５０１００Ｍ０００１００Ｙ４３', 91350100M000100Y43",
            "'９１３５０１００ｍ０００１００ｙ４３', 91350100M000100Y43",
            "'91440300708461136t',       91440300708461136T",
            "'9111000071093123xx',       9111000071093123XX",
    })
    void normalisesTypingVariants(String raw, String expected) {
        assertThat(CreditCodes.normalize(raw)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            " ",
            "91350100M000100Y44",  // wrong check character
            "91350100M000100Y4",   // 17 characters
            "91350100M000100Y430", // 19 characters
            "914403001922038217",  // wrong check digit
            "911100001000008553",  // check character should be U
            "91350100I000100Y43",  // I is not in the charset
            "91350100O000100Y43",  // O is not in the charset
            "9135010/M000100Y43",
    })
    void rejectsInvalidCodes(String raw) {
        assertThat(CreditCodes.normalize(raw)).isEmpty();
    }
}
