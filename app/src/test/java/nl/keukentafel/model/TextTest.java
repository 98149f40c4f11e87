package nl.keukentafel.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {
    @ParameterizedTest
    @CsvSource({
        "Ëlla Çelik, ella celik",
        "Özil, ozil",
        "Çağlayan-Wouterse, caglayan-wouterse",
        "JÖRIS van der ZEE, joris van der zee",
        "Hélène Noël, helene noel",
        "İlker, ilker",
        "plain ascii, plain ascii",
        "Łukasz Wiśniewski, lukasz wisniewski",
        "Østergård, ostergard",
        "Straße, strasse",
        "Ærø, aero",
        "Đorđević, dordevic",
        "Iğdır, igdir",
    })
    void searchableIsLowerCaseWithoutDiacritics(String typed, String expected) {
        assertThat(Text.searchable(typed)).isEqualTo(expected);
    }

    @Test
    void searchableOfNothingIsEmpty() {
        assertThat(Text.searchable(null)).isEmpty();
        assertThat(Text.searchable("")).isEmpty();
    }

    @Test
    void aDecomposedAndAComposedSpellingSearchTheSame() {
        assertThat(Text.searchable("E\u0308lla")).isEqualTo(Text.searchable("\u00CBlla")).isEqualTo("ella");
    }

    @Test
    void joinNonBlankSkipsBlankPartsAndTrims() {
        assertThat(Text.joinNonBlank(", ", " Zwaluwsteeg 1 ", null, "  ", "Ypenhuizen")).isEqualTo("Zwaluwsteeg 1, Ypenhuizen");
        assertThat(Text.joinNonBlank(" ", (String) null)).isEmpty();
    }

    @Test
    void isBlank() {
        assertThat(Text.isBlank(null)).isTrue();
        assertThat(Text.isBlank(" \t")).isTrue();
        assertThat(Text.isBlank(" x ")).isFalse();
    }
}
