package org.chirodesk.patient;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a name as search matches them: lower case, without accents, so that "nguyen" finds
 * Nguyễn and "zoe" finds Zoë. "O'Brien" gives "obrien" as well as "o" and "brien".
 */
public final class NameWords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`]+");
    private static final Pattern NOT_A_NAME = Pattern.compile("[^\\p{L}\\p{N}'’`]+");

    private NameWords() {}

    /** Every word of the names, with each apostrophe-joined word also in its parts. */
    public static Set<String> of(String... names) {
        Set<String> words = new LinkedHashSet<>();
        for (var name : names) {
            for (var word : split(name)) {
                var parts = APOSTROPHES.split(word);
                words.add(String.join("", parts));
                if (parts.length > 1) {
                    Arrays.stream(parts).filter(part -> !part.isEmpty()).forEach(words::add);
                }
            }
        }
        return words;
    }

    /** The words of what was typed into a search box, each to be matched as a word's beginning. */
    public static Set<String> ofSearch(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (var word : split(text)) {
            var joined = APOSTROPHES.matcher(word).replaceAll("");
            if (!joined.isEmpty()) {
                words.add(joined);
            }
        }
        return words;
    }

    private static String[] split(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        var plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("ł", "l")
                .replace("ø", "o")
                .replace("đ", "d")
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("œ", "oe");
        return Arrays.stream(NOT_A_NAME.split(plain.strip()))
                .filter(word -> !word.isEmpty())
                .map(word -> word.length() > 60 ? word.substring(0, 60) : word)
                .toArray(String[]::new);
    }
}
