package nl.keukentafel.gui.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keyboard a consultant types on, and nothing else: every key goes through JavaFX's own {@link Robot} (under
 * Monocle the same input path as a real key press: filters, accelerators, focus owner). It counts what it sends,
 * characters of text apart from the other keys (Tab, Enter, shortcuts; a chord such as Ctrl+Shift+G is one key).
 * Text is sent as one burst, as a typist does; after every burst or key the FX thread is given a few turns, so work
 * a key handler posts for later (focus moves) has happened before the next key. US layout, ASCII only: the robot
 * types key codes, not characters. Not thread-safe; used from the test thread.
 */
final class Keyboard {
    /** How often the FX thread is let run after a key: handlers post focus moves up to two hops later. */
    private static final int SETTLE_TURNS = 3;

    private final Robot robot;
    private final List<String> log = new ArrayList<>();
    private int characters;
    private int keys;

    Keyboard() {
        robot = onFx(Robot::new);
    }

    /** Types the text into whatever has the focus. */
    void text(String text) {
        run(() -> text.chars().forEach(character -> typeCharacter((char) character)));
        characters += text.length();
    }

    /** One key, or a chord (modifiers first): pressed in order, released in reverse. */
    void key(KeyCode... chord) {
        run(() -> {
            for (KeyCode code : chord) {
                robot.keyPress(code);
            }
            for (int index = chord.length - 1; index >= 0; index--) {
                robot.keyRelease(chord[index]);
            }
        });
        keys++;
        log.add(describe(chord));
    }

    /** The same key {@code times} times. */
    void key(KeyCode code, int times) {
        for (int time = 0; time < times; time++) {
            key(code);
        }
    }

    int characters() {
        return characters;
    }

    int keys() {
        return keys;
    }

    /** Characters and keys together: every key stroke sent. */
    int total() {
        return characters + keys;
    }

    /** Starts counting again (a new family). */
    void reset() {
        characters = 0;
        keys = 0;
        log.clear();
    }

    private void typeCharacter(char character) {
        KeyCode code = codeOf(character);
        boolean shift = Character.isUpperCase(character) || character == ':' || character == '(' || character == ')'
                || character == '?' || character == '+';
        if (shift) {
            robot.keyPress(KeyCode.SHIFT);
        }
        robot.keyPress(code);
        robot.keyRelease(code);
        if (shift) {
            robot.keyRelease(KeyCode.SHIFT);
        }
    }

    private static KeyCode codeOf(char character) {
        if (Character.isLetter(character) && character < 128) {
            return KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(character)));
        }
        if (Character.isDigit(character)) {
            return KeyCode.valueOf("DIGIT" + character);
        }
        return switch (character) {
            case ' ' -> KeyCode.SPACE;
            case '-' -> KeyCode.MINUS;
            case '.' -> KeyCode.PERIOD;
            case ',' -> KeyCode.COMMA;
            case '/' -> KeyCode.SLASH;
            case ':', ';' -> KeyCode.SEMICOLON;
            case '(' -> KeyCode.DIGIT9;
            case ')' -> KeyCode.DIGIT0;
            case '?' -> KeyCode.SLASH;
            case '+', '=' -> KeyCode.EQUALS;
            case '\'' -> KeyCode.QUOTE;
            default -> throw new IllegalArgumentException("the robot cannot type character " + (int) character);
        };
    }

    private static String describe(KeyCode... chord) {
        StringBuilder text = new StringBuilder();
        for (KeyCode code : chord) {
            text.append(text.isEmpty() ? "" : "+").append(code.getName());
        }
        return text.toString();
    }

    private void run(Runnable keys) {
        onFx(() -> {
            keys.run();
            return null;
        });
        for (int turn = 0; turn < SETTLE_TURNS; turn++) {
            onFx(() -> null);
        }
    }

    /** Runs the work on the FX thread and returns its answer, without the extra waiting of {@code FxRobot.interact}. */
    static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        } catch (ExecutionException | TimeoutException failure) {
            throw new IllegalStateException("the FX thread did not take the keys", failure);
        }
    }
}
