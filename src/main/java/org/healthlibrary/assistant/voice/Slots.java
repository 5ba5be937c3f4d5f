package org.healthlibrary.assistant.voice;

import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import java.util.Optional;

/** Reads slot values from an intent, null-safe. Stateless. */
final class Slots {

    private Slots() {
    }

    /** The slot's spoken value, stripped; empty when the slot is missing, blank or "?" (not understood). */
    static Optional<String> value(Intent intent, String name) {
        Slot slot = slot(intent, name);
        if (slot == null || slot.getValue() == null) {
            return Optional.empty();
        }
        String v = slot.getValue().strip();
        return v.isEmpty() || v.equals("?") ? Optional.empty() : Optional.of(v);
    }

    /** The id of the custom slot value entity resolution matched (e.g. {@code PLATELETS}), if it matched. */
    static Optional<String> resolvedId(Intent intent, String name) {
        Slot slot = slot(intent, name);
        if (slot == null || slot.getResolutions() == null || slot.getResolutions().getResolutionsPerAuthority() == null) {
            return Optional.empty();
        }
        for (Resolution r : slot.getResolutions().getResolutionsPerAuthority()) {
            if (r.getStatus() != null && r.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH
                    && r.getValues() != null && !r.getValues().isEmpty() && r.getValues().getFirst().getValue() != null) {
                return Optional.ofNullable(r.getValues().getFirst().getValue().getId());
            }
        }
        return Optional.empty();
    }

    private static Slot slot(Intent intent, String name) {
        return intent == null || intent.getSlots() == null ? null : intent.getSlots().get(name);
    }
}
