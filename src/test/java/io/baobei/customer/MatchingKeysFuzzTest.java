package io.baobei.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;

/**
 * Fuzz over the matching keys, seeded and deterministic: generated companies and individuals (names, phones,
 * credit codes and ID numbers with valid check characters, property ids) written with disguises taken from
 * the Unicode data (format and default-ignorable characters, punctuation and separators, in names also
 * combining marks, symbols that look like no letter (the braille blank among them), other numbers and small
 * capitals, Cyrillic and Greek look-alikes from ICU's confusable data, full-width forms, traditional
 * characters, digits of other scripts)
 * yield exactly the keys of the plain form, and no two distinct customers share a key.
 */
class MatchingKeysFuzzTest {

    private static final long SEED = 20261203L;
    private static final int CUSTOMERS = 400;
    private static final int DISGUISES_PER_CUSTOMER = 6;

    private static final UnicodeSet INVISIBLE = new UnicodeSet("[[[:Cf:][:Default_Ignorable_Code_Point:]]-[:Cn:]]").freeze();
    private static final UnicodeSet SEPARATORS = new UnicodeSet("[[[:P:][:Z:]]-[:Cn:]]").freeze();
    private static final UnicodeSet MARKS = new UnicodeSet("[[:M:]-[:Cn:]]").freeze();
    private static final UnicodeSet SYMBOLS = symbolsLikeNoLetter();
    private static final List<UnicodeSet> IN_CODES = List.of(INVISIBLE, SEPARATORS);
    private static final List<UnicodeSet> IN_NAMES = List.of(INVISIBLE, SEPARATORS, MARKS, SYMBOLS);
    private static final List<List<Integer>> OTHER_DIGITS = otherDigits();
    private static final Map<Character, List<String>> LOOK_ALIKES = lookAlikes();
    private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");
    private static final Transliterator TO_FULL_WIDTH = Transliterator.getInstance("Halfwidth-Fullwidth");
    // Han characters that have a traditional form and are their own key: names made of them differ in key
    private static final UnicodeSet HAN_WITH_TRADITIONAL = hanWithTraditional();

    private static final String CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final List<String> CITIES = List.of("北京", "上海", "广州", "深圳", "杭州", "成都", "重庆", "武汉");
    private static final List<String> LEGAL_FORMS = List.of("有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "");
    private static final List<String> LATIN_SYLLABLES = List.of("ka", "lo", "mi", "ta", "ve", "ro", "su", "ne", "bi", "da",
            "fu", "ge", "ho", "ja", "pe", "wu", "xi", "ye", "zu", "qi");
    // the last word before the legal form does not end like a legal form (see CompanyNames)
    private static final List<String> LATIN_TRADES = List.of("Trading", "Logistics", "Holdings", "Foods", "Textiles",
            "Robotics", "Pharma", "Media");
    private static final List<String> LATIN_FORMS = List.of("Co., Ltd.", "Ltd", "Inc.", "Limited", "Corporation", "");
    private static final String PROPERTY_LETTERS = "ABCDEFGHJKPQTUWXY";

    private final CustomerKeys customerKeys = new CustomerKeys(new CustomerDataCipher(new CustomerDataKeys(
            new CustomerDataProperties(Base64.getEncoder().encodeToString("fuzz-fuzz-fuzz-fuzz-fuzz-fuzz-32".getBytes()),
                    "k1", false, null, null, null))));
    private final Random random = new Random(SEED);

    @Test
    void everyDisguiseCollidesWithThePlainFormAndDistinctCustomersDoNot() {
        List<Customer> customers = distinctCustomers();
        Map<String, Integer> owners = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            Customer plain = customers.get(i);
            Set<CustomerKey> plainKeys = keysOf(plain);
            assertThat(plainKeys).as("keys of %s", plain).hasSizeGreaterThanOrEqualTo(3);
            for (CustomerKey key : plainKeys) {
                Integer other = owners.putIfAbsent(key.hash(), i);
                if (other != null) {
                    failures.add("distinct customers share a " + key.type() + " key: " + customers.get(other) + " / " + plain);
                }
            }
            for (int d = 0; d < DISGUISES_PER_CUSTOMER; d++) {
                Customer disguised = disguise(plain);
                Set<CustomerKey> disguisedKeys = keysOf(disguised);
                if (!disguisedKeys.equals(plainKeys)) {
                    Set<KeyType> missed = plainKeys.stream().filter(k -> !disguisedKeys.contains(k)).map(CustomerKey::type)
                            .collect(Collectors.toSet());
                    failures.add("disguise of " + missed + " not seen through: " + escaped(disguised) + " for " + plain);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(owners).hasSizeGreaterThan(CUSTOMERS * 3);
    }

    @Test
    void theDisguisesComeFromTheUnicodeData() {
        assertThat(INVISIBLE.contains(0x200E)).isTrue();
        assertThat(INVISIBLE.contains(0x00AD)).isTrue();
        assertThat(INVISIBLE.contains(0xFE0F)).isTrue();
        assertThat(SEPARATORS.contains(0x00B7)).isTrue();
        assertThat(SEPARATORS.contains(0x30FB)).isTrue();
        assertThat(SEPARATORS.contains(0x2027)).isTrue();
        assertThat(MARKS.contains(0x0307)).isTrue();
        assertThat(SYMBOLS.contains(0x2800)).as("braille pattern blank").isTrue();
        assertThat(SYMBOLS.contains(0x2122)).as("trade mark").isTrue();
        assertThat(SYMBOLS.contains(0x2460)).as("circled one").isTrue();
        assertThat(SYMBOLS.contains('|')).as("a vertical bar reads as l").isFalse();
        assertThat(smallCapital('m')).isEqualTo("\u1D0D");
        assertThat(LOOK_ALIKES.get('a')).contains("\u0430");
        assertThat(LOOK_ALIKES.get('o')).contains("\u03BF", "\u043E");
        assertThat(TO_TRADITIONAL.transliterate("腾讯")).isEqualTo("騰訊");
    }

    /** The identity as the application builds it: codes normalised by their own rules, names and property ids as typed. */
    private Set<CustomerKey> keysOf(Customer c) {
        CustomerIdentity identity = new CustomerIdentity(c.organisation(), c.name(),
                PhoneNumbers.normalize(c.phone()).orElse("invalid phone " + c.phone()),
                c.creditCode() == null ? null : CreditCodes.normalize(c.creditCode()).orElse("invalid code " + c.creditCode()),
                c.idNumber() == null ? null : IdNumbers.normalize(c.idNumber()).orElse("invalid id " + c.idNumber()),
                c.propertyId(),
                c.relativePhone() == null ? null : PhoneNumbers.normalize(c.relativePhone()).orElse("invalid " + c.relativePhone()));
        return new HashSet<>(customerKeys.of(identity));
    }

    private List<Customer> distinctCustomers() {
        List<Customer> customers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (customers.size() < CUSTOMERS) {
            Customer c = customers.size() % 2 == 0 ? company(customers.size() % 4 == 0) : individual();
            boolean fresh = seen.add("phone:" + c.phone()) & (!c.organisation() || seen.add("name:" + CompanyNames.normalize(c.name())))
                    & (c.creditCode() == null || seen.add("code:" + c.creditCode()))
                    & (c.idNumber() == null || seen.add("id:" + c.idNumber()))
                    & (c.relativePhone() == null || seen.add("phone:" + c.relativePhone()));
            if (fresh) {
                customers.add(c);
            }
        }
        return customers;
    }

    private Customer company(boolean chinese) {
        String name = chinese
                ? pick(CITIES) + han(2 + random.nextInt(3)) + pick(List.of("科技", "贸易", "物流", "食品", "")) + pick(LEGAL_FORMS)
                : capitalised(latinWord()) + " " + capitalised(latinWord()) + " " + pick(LATIN_TRADES) + " " + pick(LATIN_FORMS);
        return new Customer(true, name.strip(), mobile(), creditCode(), null, null, null);
    }

    private Customer individual() {
        String propertyId = "" + PROPERTY_LETTERS.charAt(random.nextInt(PROPERTY_LETTERS.length()))
                + PROPERTY_LETTERS.charAt(random.nextInt(PROPERTY_LETTERS.length())) + "-" + (10 + random.nextInt(90))
                + "-" + (1000 + random.nextInt(9000));
        String phone = random.nextBoolean() ? mobile() : "0755" + (20_000_000 + random.nextInt(79_999_999));
        return new Customer(false, han(2), phone, null, idNumber(), propertyId, mobile());
    }

    private Customer disguise(Customer c) {
        Function<String, String> name = c.organisation() && c.name().chars().anyMatch(ch -> ch < 0x80)
                ? this::disguiseLatin : this::disguiseHan;
        return new Customer(c.organisation(), name.apply(c.name()), disguiseCode(c.phone()),
                c.creditCode() == null ? null : disguiseCode(c.creditCode()),
                c.idNumber() == null ? null : disguiseCode(c.idNumber()),
                c.propertyId() == null ? null : disguiseCode(c.propertyId()),
                c.relativePhone() == null ? null : disguiseCode(c.relativePhone()));
    }

    private String disguiseHan(String name) {
        String disguised = random.nextBoolean() ? TO_TRADITIONAL.transliterate(name) : name;
        disguised = random.nextBoolean() ? TO_FULL_WIDTH.transliterate(disguised) : disguised;
        return insertSome(disguised, IN_NAMES);
    }

    private String disguiseLatin(String name) {
        String disguised = random.nextBoolean() ? name.toUpperCase() : name;
        disguised = random.nextBoolean() ? smallCapitals(disguised) : lookAlikes(disguised);
        disguised = random.nextBoolean() ? TO_FULL_WIDTH.transliterate(disguised) : disguised;
        return insertSome(disguised, IN_NAMES);
    }

    /** Phones, credit codes, ID numbers, property ids: look-alike letters, digits of another script, dashes dropped or spaced. */
    private String disguiseCode(String code) {
        String disguised = random.nextBoolean() ? code.replace("-", "") : code.replace("-", pick(List.of(" ", "\u3000", "—", "·", "~", "+")));
        disguised = random.nextBoolean() ? disguised.toLowerCase() : disguised;
        disguised = lookAlikes(disguised);
        disguised = otherScriptDigits(disguised);
        disguised = random.nextBoolean() ? TO_FULL_WIDTH.transliterate(disguised) : disguised;
        return insertSome(disguised, IN_CODES);
    }

    /** Characters of the given kinds between any two characters. */
    private String insertSome(String text, List<UnicodeSet> kinds) {
        StringBuilder out = new StringBuilder(text);
        int insertions = 1 + random.nextInt(3);
        for (int i = 0; i < insertions; i++) {
            int at = 1 + random.nextInt(Math.max(1, out.length() - 1));
            while (at < out.length() && Character.isLowSurrogate(out.charAt(at))) {
                at++;
            }
            UnicodeSet source = pick(kinds);
            out.insert(at, new String(Character.toChars(source.charAt(random.nextInt(source.size())))));
        }
        return out.toString();
    }

    private String lookAlikes(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            List<String> alikes = LOOK_ALIKES.get(Character.toLowerCase(c));
            boolean sameCase = alikes != null && Character.isLowerCase(c);
            out.append(alikes != null && random.nextInt(3) == 0
                    ? (sameCase ? pick(alikes) : UCharacter.toUpperCase(pick(alikes))) : String.valueOf(c));
        }
        return out.toString();
    }

    /** Some letters as their small capital, where Unicode has one. */
    private String smallCapitals(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            String capital = Character.isLetter(c) && random.nextInt(3) == 0 ? smallCapital(c) : null;
            out.append(capital != null ? capital : String.valueOf(c));
        }
        return out.toString();
    }

    private static String smallCapital(char letter) {
        int capital = UCharacter.getCharFromName("LATIN LETTER SMALL CAPITAL " + Character.toUpperCase(letter));
        return capital < 0 ? null : new String(Character.toChars(capital));
    }

    private String otherScriptDigits(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= '0' && c <= '9' && random.nextInt(4) == 0) {
                out.appendCodePoint(pick(OTHER_DIGITS.get(c - '0')));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String han(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.appendCodePoint(HAN_WITH_TRADITIONAL.charAt(random.nextInt(HAN_WITH_TRADITIONAL.size())));
        }
        return out.toString();
    }

    private String latinWord() {
        return pick(LATIN_SYLLABLES) + pick(LATIN_SYLLABLES) + pick(LATIN_SYLLABLES);
    }

    private String mobile() {
        return "1" + (3 + random.nextInt(7)) + "%09d".formatted(random.nextInt(1_000_000_000));
    }

    /** 17 random characters and the one check character {@link CreditCodes} accepts. */
    private String creditCode() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            body.append(CREDIT_CHARSET.charAt(random.nextInt(CREDIT_CHARSET.length())));
        }
        return CREDIT_CHARSET.chars().mapToObj(c -> body.toString() + (char) c)
                .filter(code -> CreditCodes.normalize(code).isPresent()).findFirst().orElseThrow();
    }

    /** An area, a birth date between 1950 and 2005, a sequence and the check digit {@link IdNumbers} accepts. */
    private String idNumber() {
        String body = "%06d".formatted(110000 + random.nextInt(540000)) + (1950 + random.nextInt(56))
                + "%02d%02d".formatted(1 + random.nextInt(12), 1 + random.nextInt(28)) + "%03d".formatted(random.nextInt(1000));
        return "0123456789X".chars().mapToObj(c -> body + (char) c)
                .filter(id -> IdNumbers.normalize(id).isPresent()).findFirst().orElseThrow();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String escaped(Customer c) {
        return c.toString().codePoints().mapToObj(cp -> cp < 0x80 || Character.isIdeographic(cp)
                ? new String(Character.toChars(cp)) : "\\u{%X}".formatted(cp)).collect(Collectors.joining());
    }

    /**
     * Cyrillic and Greek letters that ICU's confusable data folds like an ASCII letter, by that letter, in
     * lower case; only those that fold back to the same letter when standing for a code character too.
     */
    private static Map<Character, List<String>> lookAlikes() {
        Map<Character, List<String>> alikes = new HashMap<>();
        new UnicodeSet("[[[:Cyrillic:][:Greek:]]&[:Ll:]]").forEach(candidate -> {
            String key = MatchingText.key(candidate);
            for (char letter = 'a'; letter <= 'z'; letter++) {
                if (key.equals(MatchingText.key(String.valueOf(letter)))
                        && MatchingText.code(candidate).equals(String.valueOf(letter))
                        && MatchingText.code(UCharacter.toUpperCase(candidate)).equals(String.valueOf(letter))) {
                    alikes.computeIfAbsent(letter, l -> new ArrayList<>()).add(candidate);
                }
            }
        });
        return alikes;
    }

    /** Symbols and other numbers (①) that ICU's confusable data reads as no letter or digit. */
    private static UnicodeSet symbolsLikeNoLetter() {
        SpoofChecker confusables = new SpoofChecker.Builder().build();
        UnicodeSet symbols = new UnicodeSet("[[:No:]-[:Cn:]]");
        new UnicodeSet("[[:S:]-[:Cn:]]").forEach(symbol -> {
            if (confusables.getSkeleton(symbol).codePoints().noneMatch(UCharacter::isLetterOrDigit)) {
                symbols.add(symbol);
            }
        });
        return symbols.freeze();
    }

    /** Decimal digits of other scripts than ASCII, by value. */
    private static List<List<Integer>> otherDigits() {
        List<List<Integer>> digits = new ArrayList<>();
        for (int value = 0; value < 10; value++) {
            digits.add(new ArrayList<>());
        }
        new UnicodeSet("[[:Nd:]-[0-9]]").forEach(digit -> {
            int cp = digit.codePointAt(0);
            digits.get(UCharacter.digit(cp, 10)).add(cp);
        });
        return digits;
    }

    private static UnicodeSet hanWithTraditional() {
        UnicodeSet han = new UnicodeSet();
        new UnicodeSet("[\\u4E00-\\u9FFF]").forEach(c -> {
            String traditional = TO_TRADITIONAL.transliterate(c);
            if (!traditional.equals(c) && MatchingText.key(c).equals(c) && MatchingText.key(traditional).equals(c)) {
                han.add(c);
            }
        });
        return han.freeze();
    }

    private record Customer(boolean organisation, String name, String phone, String creditCode, String idNumber,
                            String propertyId, String relativePhone) {
    }
}
