package nl.keukentafel.logic.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.plan.ActionStatus;
import nl.keukentafel.model.plan.ClosureReason;
import nl.keukentafel.model.plan.ContactWay;
import nl.keukentafel.model.plan.FgpOutcome;
import nl.keukentafel.model.plan.GoalDecision;
import nl.keukentafel.model.plan.GoalResult;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.OwnerKind;
import nl.keukentafel.model.plan.PartyRole;
import nl.keukentafel.model.plan.Presence;
import nl.keukentafel.model.plan.RegiePhase;
import nl.keukentafel.model.plan.ScaleDirection;
import nl.keukentafel.model.plan.ScaleTarget;
import nl.keukentafel.model.plan.VoicedBy;
import nl.keukentafel.model.plan.Vote;
import org.junit.jupiter.api.Test;

/** The plan bundle has the same keys in Dutch and English, and a label for every value of every werkplan choice. */
class PlanBundleTest {
    private static Set<String> keys(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PlanBundleTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(keys("plan_en")).containsExactlyInAnyOrderElementsOf(keys("plan"));
    }

    @Test
    void everyWerkplanChoiceHasALabelInBothLanguages() {
        Set<Enum<?>> values = Arrays.stream(new Enum<?>[][] {ActionStatus.values(), ClosureReason.values(), ContactWay.values(),
                FgpOutcome.values(), GoalDecision.values(), GoalResult.values(), GoalStatus.values(), OwnerKind.values(),
                PartyRole.values(), Presence.values(), RegiePhase.values(), ScaleDirection.values(), ScaleTarget.values(),
                VoicedBy.values(), Vote.values()}).flatMap(Arrays::stream).collect(Collectors.toSet());
        for (Localization text : new Localization[] {new Localization(Localization.DUTCH), new Localization(Localization.ENGLISH)}) {
            assertThat(values).allSatisfy(value -> assertThat(Labels.of(text, value)).doesNotStartWith("!"));
        }
    }
}
