package org.chirodesk.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NameWordsTest {

    @Test
    void accentsAndCaseAreDropped() {
        assertEquals(Set.of("nguyen", "thi", "lan"), NameWords.of("Nguyễn", "Thị Lan"));
        assertEquals(Set.of("kowalski", "zoe"), NameWords.of("KOWALSKI", "Zoë"));
        assertEquals(Set.of("lodz", "strasse"), NameWords.of("Łódź", "Straße"));
    }

    @Test
    void apostrophesGiveTheWholeWordAndItsParts() {
        assertEquals(Set.of("obrien", "o", "brien", "siobhan"), NameWords.of("O'Brien", "Siobhán"));
        assertEquals(Set.of("obrien", "o", "brien"), NameWords.of("O’Brien"));
    }

    @Test
    void hyphensSplitWordsAndScriptsWithoutCaseStay() {
        assertEquals(Set.of("smith", "jones", "anna"), NameWords.of("Smith-Jones", "Anna"));
        assertEquals(Set.of("王", "小明"), NameWords.of("王", "小明"));
    }

    @Test
    void searchTextIsMatchedWordByWord() {
        assertEquals(Set.of("obri", "zoe"), NameWords.ofSearch("  O'Bri   ZOË "));
        assertEquals(Set.of(), NameWords.ofSearch("  -- "));
    }
}
