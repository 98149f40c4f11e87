package nl.keukentafel.gui.genogram;

import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import nl.keukentafel.gui.drawing.DrawingPane;

/**
 * The genogram's keys while the drawing has focus: arrows select (with Shift they pan), letters add relatives, +/-
 * and Ctrl+0 zoom and fit, Ctrl+Shift+0 resets the layout. Letters only act here, never while typing in a field. FX thread only.
 */
final class DrawingKeys implements EventHandler<KeyEvent> {
    private static final double PAN_STEP = 60;

    private final DrawingPane canvas;
    private final GenogramViewModel model;
    private final Runnable edit;
    private final Runnable chooseRelationType;

    DrawingKeys(DrawingPane canvas, GenogramViewModel model, Runnable edit, Runnable chooseRelationType) {
        this.canvas = canvas;
        this.model = model;
        this.edit = edit;
        this.chooseRelationType = chooseRelationType;
    }

    /** In relation mode: O "is ouder van", P "is partner van", K "is kind van" the person now chosen. */
    private static nl.keukentafel.logic.genogram.GenogramEditing.Link linkKey(KeyCode code) {
        return switch (code) {
            case O -> nl.keukentafel.logic.genogram.GenogramEditing.Link.PARENT_OF;
            case P -> nl.keukentafel.logic.genogram.GenogramEditing.Link.PARTNER_OF;
            case K -> nl.keukentafel.logic.genogram.GenogramEditing.Link.CHILD_OF;
            default -> null;
        };
    }

    @Override
    public void handle(KeyEvent event) {
        if (zoomOrPan(event) || (!event.isShortcutDown() && !event.isAltDown() && action(event))) {
            event.consume();
        }
    }

    private boolean zoomOrPan(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) {
            canvas.zoomIn();
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            canvas.zoomOut();
        } else if (event.isShortcutDown() && event.isShiftDown() && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) {
            model.resetLayout();
        } else if (event.isShortcutDown() && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) {
            canvas.fit();
        } else if (event.isShiftDown() && code.isArrowKey()) {
            canvas.panBy(code == KeyCode.LEFT ? PAN_STEP : code == KeyCode.RIGHT ? -PAN_STEP : 0,
                    code == KeyCode.UP ? PAN_STEP : code == KeyCode.DOWN ? -PAN_STEP : 0);
        } else {
            return false;
        }
        return true;
    }

    private boolean action(KeyEvent event) {
        if (model.relationFromProperty().get() != null && linkKey(event.getCode()) != null) {
            model.finishLink(linkKey(event.getCode()));
            return true;
        }
        switch (event.getCode()) {
            case LEFT -> model.move(SelectionMoves.Direction.LEFT);
            case RIGHT -> model.move(SelectionMoves.Direction.RIGHT);
            case UP -> model.move(SelectionMoves.Direction.UP);
            case DOWN -> model.move(SelectionMoves.Direction.DOWN);
            case G -> model.connectHousehold();
            case P -> model.addPartner();
            case M -> model.setGender(nl.keukentafel.model.Gender.MALE);
            case V -> model.setGender(nl.keukentafel.model.Gender.FEMALE);
            case K -> model.addChild();
            case O -> model.addParents();
            case B -> model.addSibling();
            case I -> model.makeIndex();
            case DELETE, BACK_SPACE -> model.deleteSelected();
            case R -> {
                if (model.relationFromProperty().get() == null) {
                    model.startRelation();
                } else {
                    model.cancelRelation();
                }
            }
            case ENTER -> {
                if (model.relationFromProperty().get() != null) {
                    chooseRelationType.run();
                } else {
                    edit.run();
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
