package io.baobei.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;

/**
 * The text under every matching key, folded with ICU's Unicode data so that the same customer written
 * another way yields the same key: NFKC with case folding, no default-ignorable, format or control
 * characters, no punctuation, separators, symbols, other numbers (①) or marks (accents, after canonical
 * decomposition), small capitals read as letters, traditional Han folded to simplified and look-alike
 * letters folded to Unicode's confusable skeleton (UTS #39), with i and l as one letter (the skeleton
 * already reads I, 1 and | as l; like rn and m, a rare false match is accepted). Keys are for matching
 * only, never for display.
 *
 * <p>{@link #key} is idempotent: each round of folding can expose more to fold (a skeleton is not always
 * case-folded, a simplified character can have a skeleton of its own), so rounds repeat until the text is
 * stable; every code point settles within a few rounds ({@code MatchingTextTest} checks them all).
 */
public final class MatchingText {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    // ICU: SpoofChecker methods are thread safe once built.
    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();
    private static final UnicodeSet INVISIBLE =
            new UnicodeSet("[[:Cf:][:Default_Ignorable_Code_Point:][:Cc:]]").freeze();
    private static final UnicodeSet SEPARATORS = new UnicodeSet("[[:P:][:Z:][:White_Space:]]").freeze();
    /** What codes drop: a plus sign stays for the code's validation to judge. */
    private static final UnicodeSet DROPPED_FROM_CODES = new UnicodeSet(INVISIBLE).addAll(SEPARATORS).freeze();
    // U+318D/U+119E and U+11A2 are archaic Hangul vowels written as dots: letters that look like a middle dot.
    private static final UnicodeSet DROPPED =
            new UnicodeSet("[[:S:][:No:][:M:]\\u318D\\u119E\\u11A2]").addAll(DROPPED_FROM_CODES).freeze();
    /** Symbols the confusable data reads as one letter or digit (| is l, ⼤ is 大): folded, not dropped. */
    private static final UnicodeSet LETTER_LIKE_SYMBOLS = letterLikeSymbols();
    private static final UnicodeSet DROPPED_BEFORE_SKELETON =
            new UnicodeSet(DROPPED).removeAll(LETTER_LIKE_SYMBOLS).freeze();
    private static final UnicodeSet WORD_SEPARATORS =
            new UnicodeSet("[[:S:][:No:]]").removeAll(LETTER_LIKE_SYMBOLS).addAll(SEPARATORS).freeze();
    private static final UnicodeSet HAN = new UnicodeSet("[:Ideographic:]").freeze();
    private static final Map<Integer, Integer> SMALL_CAPITALS = smallCapitals();
    // ICU: transliterators are stateless and may be shared between threads without synchronising.
    private static final Transliterator TRADITIONAL_TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    private static final Map<Integer, String> SIMPLIFIED = new ConcurrentHashMap<>();
    private static final int MAX_ROUNDS = 8;
    // Letters before digits: a Cyrillic О in a code is the letter o (which codes refuse), not a zero.
    private static final Map<String, Character> ASCII_BY_KEY = asciiByKey("abcdefghijklmnopqrstuvwxyz0123456789");

    private MatchingText() {
    }

    /** The folded text without any separation, i read as l: the form a key is computed over. Empty for null. */
    public static String key(String raw) {
        return settled(raw).replace('i', 'l');
    }

    /** Folded until stable, i and l still apart: codes need them apart to read a look-alike as its letter. */
    private static String settled(String raw) {
        if (raw == null) {
            return "";
        }
        String current = raw;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String next = fold(current);
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
        return current;
    }

    /**
     * The folded words, separated by single spaces where punctuation or separators stood, for rules that
     * need word boundaries (legal-form suffixes of company names). Invisible characters do not separate.
     */
    public static String words(String raw) {
        if (raw == null) {
            return "";
        }
        String visible = without(INVISIBLE, raw);
        StringJoiner words = new StringJoiner(" ");
        int start = 0;
        while (start < visible.length()) {
            int end = WORD_SEPARATORS.span(visible, start, UnicodeSet.SpanCondition.NOT_CONTAINED);
            String word = key(visible.substring(start, end));
            if (!word.isEmpty()) {
                words.add(word);
            }
            start = WORD_SEPARATORS.span(visible, end, UnicodeSet.SpanCondition.SIMPLE);
        }
        return words.toString();
    }

    /**
     * ASCII form of a code (phone number, credit code, document number), case folded: decimal digits of
     * any script become 0-9, a non-ASCII character that folds like an ASCII letter or digit (a full-width or
     * Cyrillic look-alike) becomes it, one that folds to nothing (a minus sign is a hyphen) goes, as do
     * invisible characters, punctuation and separators. Anything else, a number without a digit form (a
     * Tibetan half digit) too, is kept, so that the code's own validation refuses it.
     */
    public static String code(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder ascii = new StringBuilder();
        String visible = without(DROPPED_FROM_CODES, NFKC_CASEFOLD.normalize(without(DROPPED_FROM_CODES, raw)));
        asciiDigits(visible).codePoints().forEach(cp -> {
            if (cp < 0x80) {
                ascii.appendCodePoint(cp);
            } else {
                String folded = settled(new String(Character.toChars(cp)));
                if (ASCII_BY_KEY.containsKey(folded)) {
                    ascii.append(ASCII_BY_KEY.get(folded));
                } else if (!folded.isEmpty() || UCharacter.getType(cp) == UCharacter.OTHER_NUMBER) {
                    ascii.appendCodePoint(cp);
                }
            }
        });
        return ascii.toString();
    }

    private static Map<String, Character> asciiByKey(String characters) {
        Map<String, Character> byKey = new HashMap<>();
        characters.chars().forEach(c -> byKey.putIfAbsent(settled(String.valueOf((char) c)), (char) c));
        return Map.copyOf(byKey);
    }

    /**
     * Separators go before normalising too: NFKC turns some (U+FE4C, U+2017) into a space and a combining
     * mark, which would otherwise stay behind on the neighbouring letter. Symbols go before normalising
     * (™ is not the letters tm, ① is not 1), except those that only the skeleton reads as their letter.
     */
    private static String fold(String text) {
        String folded = plain(text, DROPPED_BEFORE_SKELETON);
        folded = CONFUSABLES.getSkeleton(simplified(asciiDigits(smallCapitalsAsLetters(folded))));
        return plain(folded, DROPPED);
    }

    /** Case folded, compatibility forms folded, without the dropped characters, marks included (é is e). */
    private static String plain(String text, UnicodeSet dropped) {
        String folded = NFKC_CASEFOLD.normalize(without(dropped, NFD.normalize(text)));
        return NFC.normalize(without(dropped, NFD.normalize(folded)));
    }

    private static String smallCapitalsAsLetters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(SMALL_CAPITALS.getOrDefault(cp, cp)));
        return out.toString();
    }

    /** Decimal digits of every script as 0-9: the same number written in Devanagari or Thai is the same number. */
    private static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp >= 0x80 && UCharacter.getType(cp) == UCharacter.DECIMAL_DIGIT_NUMBER) {
                out.append(UCharacter.digit(cp, 10));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static String without(UnicodeSet dropped, String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !dropped.contains(cp)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static UnicodeSet letterLikeSymbols() {
        UnicodeSet letterLike = new UnicodeSet();
        UnicodeSet letters = new UnicodeSet("[[:L:][:N:]-[:Lm:]]");
        new UnicodeSet("[:S:]").forEach(symbol -> {
            String skeleton = CONFUSABLES.getSkeleton(symbol);
            if (skeleton.codePointCount(0, skeleton.length()) == 1 && letters.contains(skeleton.codePointAt(0))) {
                letterLike.add(symbol);
            }
        });
        return letterLike.freeze();
    }

    /** Small capital letters (ᴀᴄᴍᴇ) by their lower-case letter, found by their Unicode names. */
    private static Map<Integer, Integer> smallCapitals() {
        Map<Integer, Integer> letters = new HashMap<>();
        new UnicodeSet("[[:Latin:]&[:L:]]").forEach(capital -> {
            int cp = capital.codePointAt(0);
            String name = UCharacter.getName(cp);
            int letter = name == null ? -1 : UCharacter.getCharFromName(name.replace("LETTER SMALL CAPITAL", "SMALL LETTER"));
            if (letter >= 0 && letter != cp) {
                letters.put(cp, letter);
            }
        });
        return Map.copyOf(letters);
    }

    private static String simplified(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (HAN.contains(cp)) {
                out.append(SIMPLIFIED.computeIfAbsent(cp, MatchingText::simplifiedHan));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * A Han character's simplified form, one character at a time. ICU maps a few pairs onto each other
     * (苎 → 苧 and 苧 → 苎); following the chain and taking the smallest character of such a cycle keeps the
     * fold stable.
     */
    private static String simplifiedHan(int cp) {
        List<Integer> chain = new ArrayList<>();
        int current = cp;
        while (true) {
            chain.add(current);
            String next = TRADITIONAL_TO_SIMPLIFIED.transliterate(new String(Character.toChars(current)));
            if (next.codePointCount(0, next.length()) != 1 || next.codePointAt(0) == current) {
                return next;
            }
            int seen = chain.indexOf(next.codePointAt(0));
            if (seen >= 0) {
                int smallest = chain.subList(seen, chain.size()).stream().min(Integer::compare).orElseThrow();
                return new String(Character.toChars(smallest));
            }
            current = next.codePointAt(0);
        }
    }
}
