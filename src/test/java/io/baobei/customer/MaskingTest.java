package io.baobei.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

    @ParameterizedTest
    @CsvSource({
            "13812348000,        138****8000",
            "'+86 138-1234-8000', 138****8000",
            "01087654321,        010****4321",
            "'(010)8765-4321',   010****4321",
            "075588889999,       075*****9999",
            "12345,              ***45",
            "12,                 **",
            "1,                  *",
    })
    void phone(String value, String expected) {
        assertThat(Masking.phone(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "张三丰,     张**",
            "欧阳娜娜,   欧***",
            "张三,       张*",
            "张,         *",
            "Alice,     A****",
            "'John Smith', J*********",
            "𠮷野家,     𠮷**",
    })
    void name(String value, String expected) {
        assertThat(Masking.name(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "11010519491231002X, 110***********002X",
            "440308199901011234, 440***********1234",
            "E12345678,          *******78",
            "X,                  *",
    })
    void idNumber(String value, String expected) {
        assertThat(Masking.idNumber(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "北京市朝阳区建国路88号, 北京市朝阳区****",
            "深圳市南山区科技园,     深圳市南****",
            "朝阳区,                朝****",
            "北,                    ****",
    })
    void address(String value, String expected) {
        assertThat(Masking.address(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "secret,   s**",
            "腾讯,      腾**",
            "a,        *",
    })
    void generic(String value, String expected) {
        assertThat(Masking.generic(value)).isEqualTo(expected);
    }

    @Test
    void nullAndBlankBecomeEmpty() {
        assertThat(Masking.phone(null)).isEmpty();
        assertThat(Masking.name(null)).isEmpty();
        assertThat(Masking.idNumber(null)).isEmpty();
        assertThat(Masking.address(null)).isEmpty();
        assertThat(Masking.generic(null)).isEmpty();
        assertThat(Masking.generic("  ")).isEmpty();
    }

    @Test
    void neverReturnsTheInputUnmasked() {
        for (String value : new String[] {"a", "ab", "abc", "张", "13812348000", "北京市朝阳区建国路88号", "X1"}) {
            assertThat(Masking.phone(value)).isNotEqualTo(value).contains("*");
            assertThat(Masking.name(value)).isNotEqualTo(value).contains("*");
            assertThat(Masking.idNumber(value)).isNotEqualTo(value).contains("*");
            assertThat(Masking.address(value)).isNotEqualTo(value).contains("*");
            assertThat(Masking.generic(value)).isNotEqualTo(value).contains("*");
        }
    }
}
