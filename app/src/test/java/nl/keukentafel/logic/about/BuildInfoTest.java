package nl.keukentafel.logic.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildInfoTest {
    @TempDir
    Path folder;

    @Test
    void thisBuildKnowsItsVersionAndListsEveryRuntimeLibraryWithItsLicence() {
        BuildInfo build = BuildInfo.ofThisBuild();
        assertThat(build.version()).hasValueSatisfying(version -> assertThat(version).startsWith("0."));
        assertThat(build.built()).isNotBlank().doesNotContain("${");
        assertThat(build.libraries()).anySatisfy(line -> assertThat(line).contains("org.openjfx:javafx-graphics").startsWith("("))
                .anySatisfy(line -> assertThat(line).contains("org.bouncycastle:bcprov"))
                .noneSatisfy(line -> assertThat(line).contains("junit"))
                .noneSatisfy(line -> assertThat(line).contains("nl.keukentafel"));
    }

    @Test
    void theHeaderLineOfTheListIsLeftOut() {
        String file = "\nLists of 2 third-party dependencies.\n     (MIT) a (g:a:1 - u)\n     (Apache-2.0) b (g:b:2 - u)\n";
        assertThat(BuildInfo.libraries(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))))
                .containsExactly("(MIT) a (g:a:1 - u)", "(Apache-2.0) b (g:b:2 - u)");
    }

    @Test
    void fontsAreFoundInsideTheJarsOnTheClassPath() throws IOException {
        Path jar = folder.resolve("fonts-1.0.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : new String[] {"org/x/LiberationSans-Regular.ttf", "org/x/Icons.OTF", "org/x/Readme.txt"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.closeEntry();
            }
        }
        String classPath = jar + java.io.File.pathSeparator + folder.resolve("classes");
        assertThat(BundledFonts.in(classPath)).containsExactly("Icons.OTF (fonts-1.0.jar)", "LiberationSans-Regular.ttf (fonts-1.0.jar)");
    }
}
