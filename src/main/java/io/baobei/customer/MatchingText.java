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
 * characters, no punctuation or separators, traditional Han folded to simplified and look-alike letters
 * folded to Unicode's confusable skeleton (UTS #39). Keys are for matching only, never for display.
 *
 * <p>{@link #key} is idempotent: each round of folding can expose more to fold (a skeleton is not always
 * case-folded, a simplified character can have a skeleton of its own), so rounds repeat until the text is
 * stable; every code point settles within a few rounds ({@code MatchingTextTest} checks them all).
 */
public final class MatchingText {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final UnicodeSet INVISIBLE =
            new UnicodeSet("[[:Cf:][:Default_Ignorable_Code_Point:][:Cc:]]").freeze();
    private static final UnicodeSet SEPARATORS = new UnicodeSet("[[:P:][:Z:][:White_Space:]]").freeze();
    private static final UnicodeSet DROPPED = new UnicodeSet(INVISIBLE).addAll(SEPARATORS).freeze();
    private static final UnicodeSet HAN = new UnicodeSet("[:Ideographic:]").freeze();
    // ICU: transliterators are stateless and may be shared between threads without synchronising.
    private static final Transliterator TRADITIONAL_TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    // ICU: SpoofChecker methods are thread safe once built.
    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();
    private static final Map<Integer, String> SIMPLIFIED = new ConcurrentHashMap<>();
    private static final int MAX_ROUNDS = 8;
    // Letters before digits: a Cyrillic О in a code is the letter o (which codes refuse), not a zero.
    private static final Map<String, Character> ASCII_BY_KEY = asciiByKey("abcdefghijklmnopqrstuvwxyz0123456789");

    private MatchingText() {
    }

    /** The folded text without any separation: the form a key is computed over. Empty for null. */
    public static String key(String raw) {
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
            int end = SEPARATORS.span(visible, start, UnicodeSet.SpanCondition.NOT_CONTAINED);
            String word = key(visible.substring(start, end));
            if (!word.isEmpty()) {
                words.add(word);
            }
            start = SEPARATORS.span(visible, end, UnicodeSet.SpanCondition.SIMPLE);
        }
        return words.toString();
    }

    /**
     * ASCII form of a code (phone number, credit code, document number), case folded: decimal digits of
     * any script become 0-9, a non-ASCII character that folds like an ASCII letter or digit (a full-width or
     * Cyrillic look-alike) becomes it, one that folds to nothing (a minus sign is a hyphen) goes, as do
     * invisible characters, punctuation and separators. Anything else is kept, so that the code's own
     * validation refuses it.
     */
    public static String code(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder ascii = new StringBuilder();
        asciiDigits(withoutDropped(NFKC_CASEFOLD.normalize(withoutDropped(raw)))).codePoints().forEach(cp -> {
            if (cp < 0x80) {
                ascii.appendCodePoint(cp);
            } else {
                String folded = key(new String(Character.toChars(cp)));
                if (ASCII_BY_KEY.containsKey(folded)) {
                    ascii.append(ASCII_BY_KEY.get(folded));
                } else if (!folded.isEmpty()) {
                    ascii.appendCodePoint(cp);
                }
            }
        });
        return ascii.toString();
    }

    private static Map<String, Character> asciiByKey(String characters) {
        Map<String, Character> byKey = new HashMap<>();
        characters.chars().forEach(c -> byKey.putIfAbsent(key(String.valueOf((char) c)), (char) c));
        return Map.copyOf(byKey);
    }

    /**
     * Separators go before normalising too: NFKC turns some (U+FE4C, U+2017) into a space and a combining
     * mark, which would otherwise stay behind on the neighbouring letter.
     */
    private static String fold(String text) {
        String folded = withoutDropped(NFKC_CASEFOLD.normalize(withoutDropped(text)));
        folded = CONFUSABLES.getSkeleton(simplified(asciiDigits(folded)));
        return withoutDropped(NFKC_CASEFOLD.normalize(folded));
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

    private static String withoutDropped(String text) {
        return without(DROPPED, text);
    }

    private static String without(UnicodeSet dropped, String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !dropped.contains(cp)).forEach(kept::appendCodePoint);
        return kept.toString();
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
