package app.tandem.repair.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.repair.RepairText;

/** A repair attempt as written: acknowledge, apologise, say what I will do. */
public record RepairDraft(String acknowledge, String apologise, String willDo) {

    public static final RepairDraft EMPTY = new RepairDraft("", "", "");

    public RepairDraft {
        acknowledge = acknowledge == null ? "" : acknowledge;
        apologise = apologise == null ? "" : apologise;
        willDo = willDo == null ? "" : willDo;
    }

    RepairText toCommand() {
        FieldErrors errors = new FieldErrors();
        String acknowledged = errors.text("acknowledge", Phrase.of("repair.field.acknowledge"), acknowledge, true);
        String apology = errors.text("apologise", Phrase.of("repair.field.apologise"), apologise, true);
        String will = errors.text("willDo", Phrase.of("repair.field.will-do"), willDo, true);
        return errors.orThrow(() -> new RepairText(acknowledged, apology, will));
    }

    /** The coach reads it as typed, even half written. */
    RepairText forCoach() {
        return new RepairText(acknowledge, apologise, willDo);
    }

    String joined() {
        return String.join(" ", acknowledge.strip(), apologise.strip(), willDo.strip()).strip();
    }
}
