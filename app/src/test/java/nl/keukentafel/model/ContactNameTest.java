package nl.keukentafel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A contact whose name and organisation are the same is named once, everywhere it is shown. */
class ContactNameTest {
    @Test
    void nameAndOrganisationOnceWhenEqual() {
        assertThat(contact("Huisartsenpraktijk Zuid", "huisartsenpraktijk zuid ").displayName()).isEqualTo("Huisartsenpraktijk Zuid");
        assertThat(contact("Dokter Bakker", "Huisartsenpraktijk Zuid").displayName()).isEqualTo("Dokter Bakker (Huisartsenpraktijk Zuid)");
        assertThat(contact("", "Veilig Thuis").displayName()).isEqualTo("Veilig Thuis");
        assertThat(contact("Oma Jansen", null).displayName()).isEqualTo("Oma Jansen");
        assertThat(Contact.organisationBeside("Wijkteam", "Wijkteam")).isEmpty();
    }

    private static Contact contact(String name, String organisation) {
        return new Contact(UUID.randomUUID(), UUID.randomUUID(), name, organisation, null, null, null, null, true, null, List.of());
    }
}
