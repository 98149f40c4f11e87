package nl.keukentafel.logic.genogram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;

/**
 * Gives every symbol its x, with the row order fixed: a deterministic relaxation in which each sibling block wants its
 * centre under its parents' midpoint and each unit wants its midpoint over its children's centre, partners side by
 * side want the partner distance, partners drawn in different blocks pull a little toward each other, and every row
 * is then solved exactly with minimum distances ({@link OrderedSpacing}). Run once freely; if persons are pinned,
 * once more with the pinned ones fixed where they were dragged and inserted into their row by x, so the others make
 * room around them; in that pass a block and its parents pull each other equally hard. Not thread-safe.
 */
final class XPlacement {
    private static final int ROUNDS = 60;
    /** A round that moves no symbol further than this ends the relaxation early (far below a pixel). */
    private static final double SETTLED = 1e-3;
    private static final double STAY = 0.05;
    private static final double PARTNER_PULL = 0.3;
    /** How strongly partners drawn side by side keep to the partner distance. */
    private static final double SIDE_BY_SIDE = 1;
    private static final double PINNED = 1e9;
    private static final double ROUNDING = 1e-6;

    private final LayoutGraph graph;
    private final List<List<Block>> rows;
    private final Map<UUID, Block> blockOf = new HashMap<>();
    private final Map<UUID, Cluster> clusterOf = new HashMap<>();
    private final Map<String, List<Block>> blocksOfUnit = new LinkedHashMap<>();
    private final Map<UUID, List<Unit>> unitsOfParent = new HashMap<>();
    private final Map<UUID, Double> x = new HashMap<>();
    private final Map<UUID, Double> labelWidth = new HashMap<>();
    /** Whether the relaxation holds the pinned symbols where they were dragged (its second pass). */
    private boolean pinsHeld;
    /** Per partner, per partner: the room their couple's dated events need between the two (0 when none is dated). */
    private final Map<UUID, Map<UUID, Double>> eventRoom = new HashMap<>();

    /** One row as solved: persons left to right, the least distance after each, and which are fixed. */
    private record Line(List<UUID> persons, double[] distance, boolean[] fixed) {
    }

    XPlacement(LayoutGraph graph, List<List<Block>> rows) {
        this.graph = graph;
        this.rows = rows;
        graph.persons().forEach(person -> labelWidth.put(person.key(), Math.max(GenogramLayout.SYMBOL, Labels.width(person))));
        for (FamilyGraph.Couple couple : graph.couples()) {
            double room = couple.events().stream()
                    .filter(event -> event.type() != null && event.date() != null && event.date().matches(".*\\d{4}.*"))
                    .mapToDouble(event -> Labels.eventDistance(event.type())).max().orElse(0);
            eventRoom.computeIfAbsent(couple.partnerA(), key -> new HashMap<>()).merge(couple.partnerB(), room, Math::max);
            eventRoom.computeIfAbsent(couple.partnerB(), key -> new HashMap<>()).merge(couple.partnerA(), room, Math::max);
        }
        for (List<Block> row : rows) {
            for (Block block : row) {
                block.clusters().forEach(cluster -> cluster.persons().forEach(person -> {
                    blockOf.put(person, block);
                    clusterOf.put(person, cluster);
                }));
                if (block.unit() != null) {
                    if (!blocksOfUnit.containsKey(block.unit().id())) {
                        block.unit().parents().forEach(parent -> unitsOfParent.computeIfAbsent(parent, key -> new ArrayList<>())
                                .add(block.unit()));
                    }
                    blocksOfUnit.computeIfAbsent(block.unit().id(), id -> new ArrayList<>()).add(block);
                }
            }
        }
    }

    /** The x of every person; {@code rowOf} answers the row a pinned person was dragged into (-1: clear of all rows). */
    Map<UUID, Double> place(Map<UUID, Integer> rowOf) {
        List<Line> free = new ArrayList<>();
        rows.forEach(row -> free.add(line(row.stream().flatMap(block -> block.persons().stream()).toList(), false)));
        for (Line line : free) {
            double at = 0;
            for (int index = 0; index < line.persons().size(); index++) {
                at += index == 0 ? 0 : line.distance()[index - 1];
                x.put(line.persons().get(index), at);
            }
        }
        relax(free);
        double shift = GenogramLayout.SYMBOL / 2 - x.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        x.replaceAll((key, value) -> value + shift);
        List<FamilyGraph.Person> pinned = graph.persons().stream()
                .filter(person -> person.pinnedX() != null || person.pinnedY() != null).toList();
        if (!pinned.isEmpty()) {
            List<Line> withPins = insertPinned(free, pinned, rowOf);
            pinsHeld = true;
            relax(withPins);
            withPins.forEach(this::keepPinsExact);
            pinned.stream().filter(person -> person.pinnedX() != null).forEach(person -> x.put(person.key(), person.pinnedX()));
        }
        return x;
    }

    private Line line(List<UUID> persons, boolean honourPins) {
        double[] distance = new double[Math.max(0, persons.size() - 1)];
        boolean[] fixed = new boolean[persons.size()];
        for (int index = 0; index < persons.size(); index++) {
            fixed[index] = honourPins && graph.person(persons.get(index)).pinnedX() != null;
            if (index > 0) {
                distance[index - 1] = distance(persons.get(index - 1), persons.get(index));
            }
        }
        return new Line(persons, distance, fixed);
    }

    /**
     * The rule's least distance, or more when the two names under the symbols would not leave a gap between them, or a
     * couple's dated events ("uit elkaar 2021") would not fit between the partners.
     */
    private double distance(UUID left, UUID right) {
        double least;
        if (clusterOf.get(left) == clusterOf.get(right)) {
            least = RuleLayouter.PARTNER_DISTANCE;
        } else {
            least = blockOf.get(left) == blockOf.get(right) ? RuleLayouter.SIBLING_DISTANCE : RuleLayouter.BLOCK_DISTANCE;
        }
        Double events = eventRoom.getOrDefault(left, Map.of()).get(right);
        double labels = events == null ? (labelWidth.get(left) + labelWidth.get(right)) / 2
                // a couple's children hang from the middle between them: clear of the wider of the two names
                : Math.max(labelWidth.get(left), labelWidth.get(right));
        return Math.max(Math.max(least, events == null ? 0 : events), labels + Labels.LABEL_GAP);
    }

    private List<Line> insertPinned(List<Line> free, List<FamilyGraph.Person> pinned, Map<UUID, Integer> rowOf) {
        List<List<UUID>> persons = new ArrayList<>();
        free.forEach(line -> persons.add(new ArrayList<>(line.persons())));
        persons.forEach(row -> row.removeIf(key -> pinned.stream().anyMatch(person -> person.key().equals(key))));
        pinned.stream().sorted(Comparator.comparingDouble((FamilyGraph.Person person) -> pinnedOrFreeX(person))
                .thenComparing(FamilyGraph.Person::key, LayoutGraph.KEY_ORDER)).forEach(person -> {
                    int row = rowOf.get(person.key());
                    if (row >= 0 && row < persons.size()) {
                        List<UUID> line = persons.get(row);
                        int at = 0;
                        while (at < line.size() && x.get(line.get(at)) <= pinnedOrFreeX(person)) {
                            at++;
                        }
                        line.add(at, person.key());
                    }
                });
        return persons.stream().map(row -> line(row, true)).toList();
    }

    private double pinnedOrFreeX(FamilyGraph.Person person) {
        return person.pinnedX() != null ? person.pinnedX() : x.get(person.key());
    }

    private void relax(List<Line> lines) {
        double moved = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS && moved > SETTLED; round++) {
            moved = 0;
            boolean down = round % 2 == 0;
            for (int step = 0; step < lines.size(); step++) {
                Line line = lines.get(down ? step : lines.size() - 1 - step);
                int count = line.persons().size();
                double[] target = new double[count];
                double[] weight = new double[count];
                for (int index = 0; index < count; index++) {
                    want(line.persons().get(index), line.fixed()[index], target, weight, index);
                }
                double[] placed = OrderedSpacing.solve(target, weight, line.distance());
                for (int index = 0; index < count; index++) {
                    Double before = x.put(line.persons().get(index), placed[index]);
                    moved = Math.max(moved, Math.abs(placed[index] - before));
                }
            }
        }
    }

    private void want(UUID person, boolean fixed, double[] target, double[] weight, int index) {
        double now = x.get(person);
        if (fixed) {
            target[index] = graph.person(person).pinnedX();
            weight[index] = PINNED;
            return;
        }
        double sum = STAY * now;
        double total = STAY;
        Block block = blockOf.get(person);
        if (block.unit() != null) {
            double pull = pinsHeld ? shareOfParentsPull(block) : 1;
            sum += pull * (now + midpoint(block.unit()) - movableCentre(block));
            total += pull;
        }
        for (Unit unit : unitsOfParent.getOrDefault(person, List.of())) {
            List<Block> blocks = blocksOfUnit.get(unit.id());
            double children = 0;
            for (Block theirs : blocks) {
                children += movableCentre(theirs);
            }
            sum += now + children / blocks.size() - midpoint(unit);
            total += 1;
        }
        Cluster own = clusterOf.get(person);
        int place = own.persons().indexOf(person);
        if (place > 0) {
            sum += SIDE_BY_SIDE * (x.get(own.persons().get(place - 1)) + distance(own.persons().get(place - 1), person));
            total += SIDE_BY_SIDE;
        }
        if (place < own.persons().size() - 1) {
            sum += SIDE_BY_SIDE * (x.get(own.persons().get(place + 1)) - distance(person, own.persons().get(place + 1)));
            total += SIDE_BY_SIDE;
        }
        for (UUID partner : graph.partnersOf(person)) {
            if (clusterOf.get(partner) != own) {
                sum += PARTNER_PULL * x.get(partner);
                total += PARTNER_PULL;
            }
        }
        target[index] = sum / total;
        weight[index] = total;
    }

    /**
     * With pins held, a sibling block and its parents pull each other equally hard, toward the same centre: the block's
     * free members share the pull its parents feel (one per parent) instead of each taking a whole one. Pulls that are
     * equal and opposite cannot move a family as a whole, whatever tension a row holds; unequal, a child kept right of a
     * block it wants to stand left of pushed that block, its parents and the rows below sideways every round, faster
     * once a drag below held one end of the block (to thousands of units).
     */
    private double shareOfParentsPull(Block block) {
        long free = block.persons().stream().filter(member -> graph.person(member).pinnedX() == null).count();
        return block.unit().parents().size() / (double) (blocksOfUnit.get(block.unit().id()).size() * Math.max(1, free));
    }

    private double midpoint(Unit unit) {
        List<UUID> parents = unit.parents();
        return parents.size() == 1 ? x.get(parents.get(0)) : (x.get(parents.get(0)) + x.get(parents.get(1))) / 2;
    }

    /**
     * The middle of the part of the sibling line that can move: with pins held, between the first and the last child not
     * pinned; the block's pull and its parents' pull both measure from it. A free child between two pinned ones moved the
     * block's centre not at all, so its pull toward the parents never eased and it walked off to the right by the same
     * step every round (thousands of units after a few drags).
     */
    private double movableCentre(Block block) {
        if (!pinsHeld) {
            return centre(block);
        }
        List<Cluster> free = block.clusters().stream().filter(cluster -> graph.person(cluster.center()).pinnedX() == null).toList();
        return free.isEmpty() ? centre(block) : (x.get(free.get(0).center()) + x.get(free.get(free.size() - 1).center())) / 2;
    }

    /** The middle of the sibling line: between the first and the last child of the block. */
    private double centre(Block block) {
        List<Cluster> clusters = block.clusters();
        return (x.get(clusters.get(0).center()) + x.get(clusters.get(clusters.size() - 1).center())) / 2;
    }

    /**
     * Sets pinned symbols exactly and pushes free neighbours clear of them (the solve put pins within rounding). When
     * the pins leave too little room between them, the free symbols keep their order and skip to the right of a pin
     * they would overlap.
     */
    private void keepPinsExact(Line line) {
        List<UUID> persons = line.persons();
        for (int index = 0; index < persons.size(); index++) {
            if (line.fixed()[index]) {
                x.put(persons.get(index), graph.person(persons.get(index)).pinnedX());
            }
        }
        for (int index = 1; index < persons.size(); index++) {
            if (!line.fixed()[index]) {
                x.put(persons.get(index), Math.max(x.get(persons.get(index)), x.get(persons.get(index - 1)) + line.distance()[index - 1]));
            }
        }
        for (int index = persons.size() - 2; index >= 0; index--) {
            if (!line.fixed()[index]) {
                x.put(persons.get(index), Math.min(x.get(persons.get(index)), x.get(persons.get(index + 1)) - line.distance()[index]));
            }
        }
        if (crowded(line)) {
            skipPastPins(line);
        }
    }

    private boolean crowded(Line line) {
        for (int index = 1; index < line.persons().size(); index++) {
            if (x.get(line.persons().get(index)) - x.get(line.persons().get(index - 1)) < line.distance()[index - 1] - ROUNDING) {
                return true;
            }
        }
        return false;
    }

    private void skipPastPins(Line line) {
        List<UUID> pins = new ArrayList<>();
        List<UUID> free = new ArrayList<>();
        for (int index = 0; index < line.persons().size(); index++) {
            (line.fixed()[index] ? pins : free).add(line.persons().get(index));
        }
        UUID previous = null;
        for (UUID person : free) {
            double at = previous == null ? x.get(person) : Math.max(x.get(person), x.get(previous) + distance(previous, person));
            boolean moved = true;
            while (moved) {
                moved = false;
                for (UUID pin : pins) {
                    double least = distance(pin, person);
                    if (Math.abs(at - x.get(pin)) < least - ROUNDING) {
                        at = x.get(pin) + least;
                        moved = true;
                    }
                }
            }
            x.put(person, at);
            previous = person;
        }
    }
}
