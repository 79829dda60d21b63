package org.clearance.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.clearance.model.NameKind;
import org.clearance.model.Schema;
import org.junit.jupiter.api.Test;

/**
 * A preparer that remembers name parts prepares every name as one that remembers nothing, whatever names came first: a
 * part that is a title in one name ("Sheikh Mohammed") and the whole name in another ("Sheikh") weighs as its own name
 * says, and the memory stays within its bound.
 */
class RememberedPartsTest {
    private static final TokenWeights WEIGHTS = new TokenWeights(Map.of("sheikh", 40, "mohammed", 900, "hasina", 3));
    private static final List<String> NAMES = List.of("Sheikh Mohammed", "Sheikh", "Hasina Sheikh", "Mohammed", "Sheikh Hasina");

    @Test
    void aRememberedPartWeighsAsItsOwnNameSaysInEitherOrder() {
        NamePreparer fresh = new NamePreparer(WEIGHTS);
        List<String> reversed = new ArrayList<>(NAMES);
        Collections.reverse(reversed);
        for (List<String> order : List.of(NAMES, reversed)) {
            NamePreparer remembering = new NamePreparer(WEIGHTS, 100);
            for (String name : order) {
                assertThat(weights(remembering, name)).as(name).isEqualTo(weights(fresh, name));
            }
        }
        assertThat(weights(fresh, "Sheikh Mohammed").get(0)).isLessThan(weights(fresh, "Sheikh").get(0));
    }

    @Test
    void theMemoryStaysWithinItsBound() {
        NamePreparer fresh = new NamePreparer(WEIGHTS);
        NamePreparer remembering = new NamePreparer(WEIGHTS, 3);
        for (int round = 0; round < 3; round++) {
            for (String name : NAMES) {
                assertThat(remembering.prepare(name, NameKind.PRIMARY, Schema.PERSON).tokens())
                        .isEqualTo(fresh.prepare(name, NameKind.PRIMARY, Schema.PERSON).tokens());
            }
        }
    }

    private static List<Double> weights(NamePreparer preparer, String name) {
        return preparer.prepare(name, NameKind.PRIMARY, Schema.PERSON).tokens().stream().map(Token::weight).toList();
    }
}
