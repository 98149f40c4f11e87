package nl.keukentafel.model.genogram;

/** One dated event of a couple; the date is kept as typed ({@code dd-mm-jjjj} or a year, may be blank). */
public record UnionEvent(UnionEventType type, String date) {
}
