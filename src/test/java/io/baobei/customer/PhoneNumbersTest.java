package io.baobei.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "13812348000",
            "138 1234 8000",
            "138-1234-8000",
            "138.1234.8000",
            "(138)1234-8000",
            "+8613812348000",
            "+86 138 1234 8000",
            "+86-138-1234-8000",
            "(+86) 138 1234 8000",
            "0086 138 1234 8000",
            "008613812348000",
            "8613812348000",
            "86 138-1234-8000",
            "１３８１２３４８０００",
            "＋８６　１３８　１２３４　８０００",
            "１３８－１２３４－８０００",
            "（＋８６）１３８１２３４８０００",
            "  13812348000  ",
            "138\u00a01234\u00a08000",
            "138—1234—8000",
    })
    void mobileFormatsNormaliseToElevenDigits(String raw) {
        assertThat(PhoneNumbers.normalize(raw)).contains("13812348000");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "01087654321",
            "010-87654321",
            "010 8765 4321",
            "(010)87654321",
            "(010) 8765-4321",
            "（０１０）８７６５４３２１",
            "+86 10 8765 4321",
            "+86-10-87654321",
            "+86 (0)10 8765 4321",
            "0086 10 87654321",
            "86 10 8765 4321",
            "+861087654321",
    })
    void beijingLandlineFormats(String raw) {
        assertThat(PhoneNumbers.normalize(raw)).contains("01087654321");
    }

    @ParameterizedTest
    @CsvSource({
            "'+86 755 8888 9999',  075588889999",
            "'0755-88889999',      075588889999",
            "'(0755) 8888 9999',   075588889999",
            "'0755.8888.9999',     075588889999",
            "'021-6234 5678',      02162345678",
            "'+86 21 6234 5678',   02162345678",
            "'020-12345678',       02012345678",
            "'0571-8765432',       05718765432",
            "'0086 571 8765 4321', 057187654321",
            "'15900001111',        15900001111",
            "'199 0000 1111',      19900001111",
    })
    void otherNumbers(String raw, String expected) {
        assertThat(PhoneNumbers.normalize(raw)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "abc",
            "138abcd8000",
            "tel:13812348000",
            "1381234800",      // 10 digits
            "138123480001",    // 12 digits starting with 1
            "12812348000",     // no mobile prefix 12
            "10812348000",
            "87654321",        // landline without area code
            "010-876543",      // local number too short
            "010-876543210",   // local number too long
            "+1 650 253 0000", // foreign country code
            "+852 2123 4567",
            "13812348000+",
            "13812348000 ext 12",
            "000000000000",
            "0",
    })
    void rejectsEverythingElse(String raw) {
        assertThat(PhoneNumbers.normalize(raw)).isEmpty();
    }
}
