package io.baobei.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each class of disguise {@link MatchingText} sees through, without the engine. */
class MatchingTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "left-to-right mark      | 深圳市\u200E腾讯计算机系统",
            "soft hyphen             | 深圳市腾\u00AD讯计算机系统",
            "zero-width space        | 深圳\u200B市腾讯计算机系统",
            "byte order mark         | \uFEFF深圳市腾讯计算机系统",
            "variation selector      | 深\uFE00圳市腾讯计算机系统",
            "word joiner             | 深圳市腾讯\u2060计算机系统",
            "traditional characters  | 深圳市騰訊計算機系統",
            "middle dot              | 深圳市·腾讯·计算机系统",
            "katakana middle dot     | 深圳市\u30FB腾讯计算机系统",
            "hyphenation point       | 深圳市\u2027腾讯计算机系统",
            "ideographic space       | 深圳市\u3000腾讯计算机系统",
            "brackets and commas     | 深圳市（腾讯），计算机系统",
    })
    void hanDisguises(String disguise, String written) {
        assertThat(MatchingText.key(written)).as(disguise).isEqualTo(MatchingText.key("深圳市腾讯计算机系统"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "braille pattern blank   | 上海\u2800星辰科技有限公司",
            "Khitan filler           | 上海星\uD81B\uDFE4辰科技有限公司",
            "object replacement      | 上海\uFFFC星辰科技有限公司",
            "Hangul araea            | 上海\u318D星辰科技有限公司",
            "dot above               | 上海\u02D9星辰科技有限公司",
            "combining dot above     | 上海星\u0307辰科技有限公司",
            "combining dot below     | 上\u0323海星辰科技有限公司",
            "box drawing line        | 上海\u2500星辰科技有限公司",
            "trade mark and circled  | 上海星辰科技有限公司™ © ①",
            "plus and tilde          | 上海+星辰~科技有限公司",
    })
    void symbolsMarksAndBlanksAreDropped(String disguise, String written) {
        assertThat(MatchingText.key(written)).as(disguise).isEqualTo(MatchingText.key("上海星辰科技有限公司"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "capital I for l         ; Acme GIobal Trading",
            "digit 1 for l           ; Acme G1obal Trading",
            "vertical bar for l      ; Acme G|obal Trading",
            "small capitals          ; ᴀᴄᴍᴇ Global Trading",
            "dotted capital I        ; ACME GLOBAL TRADİNG",
            "accent                  ; Acmé Global Trading",
            "plus and tilde          ; Acme+Global~Trading",
    })
    void lookAlikeLettersAndAccents(String disguise, String written) {
        assertThat(MatchingText.key(written)).as(disguise).isEqualTo(MatchingText.key("Acme Global Trading"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Cyrillic a              | \u0410pple Trading",
            "Cyrillic e and o        | Appl\u0435 Trading",
            "Greek capital alpha     | \u0391pple Trading",
            "Latin script g          | Apple Tradin\u0261",
            "full width              | Ａｐｐｌｅ Ｔｒａｄｉｎｇ",
            "upper case              | APPLE TRADING",
            "mathematical bold       | \uD835\uDC00pple Trading",
            "no space                | AppleTrading",
            "non-breaking space      | Apple\u00A0Trading",
    })
    void latinDisguises(String disguise, String written) {
        assertThat(MatchingText.key(written)).as(disguise).isEqualTo(MatchingText.key("Apple Trading"));
    }

    @Test
    void codesBecomeAsciiAndKeepTheirDigits() {
        assertThat(MatchingText.code("１３８\u200E－１２３４－８０００")).isEqualTo("13812348000");
        assertThat(MatchingText.code("٩١٣٥")).as("Arabic-Indic digits").isEqualTo("9135");
        assertThat(MatchingText.code("\u0410B\u0421\u0415")).as("Cyrillic look-alikes").isEqualTo("abce");
        assertThat(MatchingText.code("+86 138")).as("the plus sign is kept").isEqualTo("+86138");
        assertThat(MatchingText.code("13８\u221200")).as("a minus sign folds to a dropped hyphen").isEqualTo("13800");
        assertThat(MatchingText.code("12中")).as("what has no ASCII form is left for the validation to refuse").isEqualTo("12中");
        assertThat(MatchingText.code("12\u0F2A")).as("a Tibetan half digit is left for the validation to refuse")
                .isEqualTo("12\u0F2A");
        assertThat(MatchingText.code("\u04CF\u0456")).as("Cyrillic palochka and i stay l and i").isEqualTo("li");
    }

    @Test
    void distinctTextStaysDistinct() {
        assertThat(MatchingText.key("深圳市腾讯")).isNotEqualTo(MatchingText.key("深圳市华为"));
        assertThat(MatchingText.key("A-12-0301")).isNotEqualTo(MatchingText.key("A-12-0302"));
        assertThat(MatchingText.key("Apple")).isNotEqualTo(MatchingText.key("Apples"));
        assertThat(MatchingText.key("上海大星")).as("a Kangxi radical is read as its character, not dropped")
                .isEqualTo(MatchingText.key("上海\u2F24星")).isNotEqualTo(MatchingText.key("上海星"));
    }

    @Test
    void wordsKeepBoundariesButNotInvisibleCharacters() {
        assertThat(MatchingText.words("Huawei Technologies Co., Ltd.")).isEqualTo(
                String.join(" ", MatchingText.key("huawei"), MatchingText.key("technologies"), "co", "ltd"));
        assertThat(MatchingText.words("Hua\u200Ewei")).isEqualTo(MatchingText.key("huawei"));
        assertThat(MatchingText.words(" ·，")).isEmpty();
    }

    @Test
    void nullAndSeparatorsOnlyAreEmpty() {
        assertThat(MatchingText.key(null)).isEmpty();
        assertThat(MatchingText.key(" -·\u200E\u3000")).isEmpty();
        assertThat(MatchingText.code(null)).isEmpty();
    }

    /** f(f(x)) == f(x) for every code point, alone and between letters: a key computed twice is the same key. */
    @Test
    void foldingIsIdempotentForEveryCodePoint() {
        List<String> unstable = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (!Character.isDefined(cp) || Character.getType(cp) == Character.SURROGATE
                    || Character.getType(cp) == Character.PRIVATE_USE) {
                continue;
            }
            String alone = new String(Character.toChars(cp));
            for (String text : List.of(alone, "a" + alone + "1")) {
                String once = MatchingText.key(text);
                if (!MatchingText.key(once).equals(once)) {
                    unstable.add("U+%04X in '%s'".formatted(cp, text));
                }
            }
        }
        assertThat(unstable).isEmpty();
    }
}
