package nl.keukentafel.logic.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.keukentafel.logic.plan.People;
import nl.keukentafel.logic.plan.WhoDoesWhat;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.plan.ActionStatus;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.OwnerKind;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.Referral;

/**
 * The werkplan for the family: for parents ({@code ouders}, "u") or for a child from 12 ({@code kind}, "je"). Plain
 * language (B1: short sentences, everyday words), the client-friendly life-domain labels with a pictogram, the
 * regisseur's name and phone and the next meeting on the first page, goals, a "wie doet wat, wanneer" table and the
 * contact list with the days each person can be reached. Reads no BSN, no safety assessment, no Meldcode: they are
 * not in its sources' use at all. Stateless and thread-safe.
 */
final class FamilyPlanDocument {
    private FamilyPlanDocument() {
    }

    static String html(PrintContext context) {
        String audience = context.request().document() == PrintDocument.KIND ? "print.kind." : "print.ouders.";
        ShownPlan shown = ShownPlan.of(context.sources().plan());
        Plan plan = shown.snapshot().plan();
        Html html = context.start(context.get(audience + "docTitle", context.household()), true, shown.concept());
        html.heading(1, context.get(audience + "title", context.household()));
        if (shown.concept()) {
            html.paragraph("concept", context.get(audience + "concept"));
        }
        html.paragraph(context.get(audience + "intro"));
        if (!shown.concept()) {
            html.paragraph("muted", context.get("print.family.agreedOn", PrintContext.typed(shown.agreedOn())));
        }
        firstPage(html, context, audience, plan);
        if (plan != null && context.request().has(PrintSection.GOES_WELL) && !Text.isBlank(plan.goesWell())) {
            html.heading(2, Pictograms.GOES_WELL, context.get("print.family.goesWell"));
            html.paragraph(plan.goesWell().strip());
        }
        if (plan != null && context.request().has(PrintSection.PERSPECTIVE)) {
            perspective(html, context, plan);
        }
        if (plan != null && context.request().has(PrintSection.ANALYSIS) && !Text.isBlank(plan.problemAnalysis())) {
            html.heading(2, Pictograms.IDEA, context.get("print.family.analysis"));
            html.paragraph(plan.problemAnalysis().strip());
        }
        goals(html, context, audience, shown);
        whoDoesWhat(html, context, audience, shown);
        if (context.request().has(PrintSection.CONTACTS)) {
            contacts(html, context, audience);
        }
        if (context.request().has(PrintSection.REFERRALS) && !shown.snapshot().referrals().isEmpty()) {
            referrals(html, context, shown.snapshot().referrals());
        }
        html.paragraph("muted", context.get("print.family.printedOn", context.printedOn()));
        return html.build();
    }

    private static void firstPage(Html html, PrintContext context, String audience, Plan plan) {
        Family family = context.dossier().family();
        html.open("div", "first-page");
        html.heading(2, Pictograms.WHO, context.get(audience + "regisseur"));
        String name = Text.isBlank(family.regisseurName()) ? context.get("print.family.regisseurUnnamed") : family.regisseurName().strip();
        html.paragraph(context.get(audience + "regisseurIs", name));
        if (!Text.isBlank(family.regisseurPhone())) {
            html.paragraph(Pictograms.PHONE, context.get("print.family.phone", family.regisseurPhone().strip()));
        }
        html.paragraph(context.get(audience + "call"));
        if (context.request().has(PrintSection.NEXT_MEETING)) {
            String next = plan == null || Text.isBlank(plan.nextEvaluationOn()) ? family.nextVisit() : plan.nextEvaluationOn();
            html.heading(3, Pictograms.WHEN, context.get("print.family.nextMeeting"));
            html.paragraph(Text.isBlank(next) ? context.get("print.family.nextMeetingOpen")
                    : context.get("print.family.nextMeetingOn", next.strip()));
        }
        html.close("div");
    }

    private static void perspective(Html html, PrintContext context, Plan plan) {
        List<String> own = new ArrayList<>();
        for (Map.Entry<String, String> entry : plan.memberPerspectives().entrySet()) {
            String who = People.name(context.dossier(), Documents.uuid(entry.getKey()));
            if (!Text.isBlank(entry.getValue()) && !who.isBlank()) {
                own.add(who + ": " + entry.getValue().strip());
            }
        }
        if (Text.isBlank(plan.perspective()) && own.isEmpty()) {
            return;
        }
        html.heading(2, Pictograms.GOAL, context.get("print.family.perspective"));
        if (!Text.isBlank(plan.perspective())) {
            html.paragraph(plan.perspective().strip());
        }
        if (!own.isEmpty()) {
            html.list(own);
        }
    }

    private static void goals(Html html, PrintContext context, String audience, ShownPlan shown) {
        html.heading(2, Pictograms.GOAL, context.get("print.family.goals"));
        List<Goal> goals = shown.snapshot().goals();
        if (goals.isEmpty()) {
            html.paragraph(context.get("print.family.noGoals"));
            return;
        }
        int place = 0;
        for (Goal goal : goals) {
            html.open("div", "goal");
            html.heading(3, context.get("print.family.goal", ++place));
            html.paragraph(PrintContext.typed(goal.text()));
            for (String code : goal.domainCodes()) {
                html.paragraph(Pictograms.domain(code), Documents.domainLabel(context, code, true));
            }
            String forWhom = Documents.names(context, goal.memberIds());
            if (!forWhom.isBlank()) {
                html.paragraph(Pictograms.PEOPLE, context.get("print.family.goalFor", forWhom));
            }
            if (!Text.isBlank(goal.targetDate())) {
                html.paragraph(Pictograms.WHEN, context.get("print.family.goalBy", goal.targetDate().strip()));
            }
            html.close("div");
        }
    }

    private static void whoDoesWhat(Html html, PrintContext context, String audience, ShownPlan shown) {
        html.heading(2, "sheet", Pictograms.DONE, context.get("print.family.whoDoesWhat"));
        List<WhoDoesWhat.Row> rows = WhoDoesWhat.rows(shown.asState()).stream().sorted(WhoDoesWhat.BY_DATE).toList();
        if (rows.isEmpty()) {
            html.paragraph(context.get("print.family.noActions"));
            return;
        }
        html.paragraph(context.get(audience + "whoDoesWhatIntro"));
        List<List<String>> cells = new ArrayList<>();
        for (WhoDoesWhat.Row row : rows) {
            String who = !row.owner().isBlank() ? row.owner()
                    : row.ownerKind() == OwnerKind.REGISSEUR ? context.get(audience + "regisseur") : context.get("print.family.nobodyYet");
            cells.add(List.of(who, PrintContext.typed(row.what()), PrintContext.typed(row.dueDate()), done(context, row.status())));
        }
        html.table("who-does-what", List.of(context.get("print.family.colWho"), context.get("print.family.colWhat"),
                context.get("print.family.colWhen"), context.get("print.family.colDone")), cells, true);
    }

    private static String done(PrintContext context, ActionStatus status) {
        return context.get("print.family.done." + (status == null ? ActionStatus.NOT_STARTED : status).name());
    }

    private static void contacts(Html html, PrintContext context, String audience) {
        html.heading(2, "sheet", Pictograms.PHONE, context.get(audience + "contacts"));
        html.paragraph(context.get(audience + "contactsIntro"));
        Family family = context.dossier().family();
        List<List<String>> cells = new ArrayList<>();
        if (!Text.isBlank(family.regisseurName())) {
            cells.add(List.of(family.regisseurName().strip(), context.get(audience + "regisseur"),
                    PrintContext.typed(family.regisseurPhone()),
                    PrintContext.typed(family.regisseurEmail()), "—"));
        }
        for (Contact contact : context.dossier().contacts()) {
            if (!Text.isBlank(contact.name())) {
                cells.add(List.of(contact.name().strip(), Documents.whoIsThat(contact), PrintContext.typed(contact.phone()),
                        PrintContext.typed(contact.email()), PrintContext.typed(contact.daysReachable())));
            }
        }
        html.table("contacts", List.of(context.get("print.family.colName"), context.get("print.family.colWhoIsThat"),
                context.get("print.family.colPhone"), context.get("print.family.colEmail"), context.get("print.family.colDays")),
                cells, true, 20, 21, 19, 23, 17);
    }

    private static void referrals(Html html, PrintContext context, List<Referral> referrals) {
        html.heading(2, Pictograms.PEOPLE, context.get("print.family.referrals"));
        List<List<String>> cells = new ArrayList<>();
        for (Referral referral : referrals) {
            cells.add(List.of(PrintContext.typed(referral.provider()), PrintContext.typed(referral.kind()),
                    PrintContext.typed(referral.validFrom()), PrintContext.typed(referral.validUntil())));
        }
        html.table("referrals", List.of(context.get("print.family.colWho"), context.get("print.family.colWhat"),
                context.get("print.family.colFrom"), context.get("print.family.colUntil")), cells, true);
    }
}
