package org.healthlibrary.assistant.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.healthlibrary.assistant.safety.*;
import org.healthlibrary.assistant.search.*;

public final class TmpProbe {
    public static void main(String[] args) throws Exception {
        try (PassageEmbedder e = PassageEmbedder.of(SearchSettings.defaults())) {
            var ex = SafetyExemplars.shipped();
            var vote = new NeighbourVote(ex, ExemplarVectors.shipped(e.id(), ex).orElseThrow().vectors(), NeighbourSettings.fitted(e.id()));
            for (String t : Files.readAllLines(Path.of(args[0]))) {
                boolean rules = SafetyScreen.standard().assess(t).emergency();
                var o = vote.judge(e.embedQuery(t));
                System.out.printf("%s rules=%s vote=%s %.3f %.2f '%s' | %s%n", o.emergency() && !rules ? "HIT " : "    ", rules, o.category(), o.nearestSimilarity(), o.emergencyShare(), o.nearest().text(), t);
            }
        }
    }
}
