package nl.keukentafel.logic.print;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.keukentafel.logic.plan.People;
import nl.keukentafel.logic.plan.SelfRelianceSummary;
import nl.keukentafel.logic.plan.WhoDoesWhat;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.plan.Agreement;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.Referral;

/**
 * The werkplan for professionals (the werkwijze's template): household and regisseur, analysis, self-reliance from
 * the intake, goals with their life domains and actions, coordination agreements, referrals and decisions, the
 * involved people, and who agreed. Members without their BSN: it is never printed. Stateless and thread-safe.
 */
final class ProfessionalPlanDocument {
    private ProfessionalPlanDocument() {
    }

    static String html(PrintContext context) {
        ShownPlan shown = ShownPlan.of(context.sources().plan());
        Plan plan = shown.snapshot().plan();
        Html html = context.start(context.get("print.pro.docTitle", context.household()), false, shown.concept());
        html.heading(1, context.get("print.pro.docTitle", context.household()));
        html.paragraph(shown.concept() ? "concept" : "muted", shown.concept() ? context.get("print.pro.concept")
                : context.get("print.pro.version", shown.versionNumber(), PrintContext.typed(shown.agreedOn())));
        household(html, context);
        if (plan != null) {
            analysis(html, context, plan);
        }
        if (context.request().has(PrintSection.SELF_RELIANCE)) {
            selfReliance(html, context);
        }
        goals(html, context, shown);
        List<List<String>> who = new ArrayList<>();
        for (WhoDoesWhat.Row row : WhoDoesWhat.rows(shown.asState())) {
            who.add(List.of(String.valueOf(row.goalPlace()), PrintContext.typed(row.owner()), PrintContext.typed(row.what()),
                    PrintContext.typed(row.dueDate()), context.label(row.status())));
        }
        html.heading(2, context.get("print.pro.whoDoesWhat"));
        html.table("who-does-what", List.of(context.get("print.pro.colGoal"), context.get("print.pro.colWho"),
                context.get("print.pro.colWhat"), context.get("print.pro.colDue"), context.get("print.pro.colStatus")), who, false);
        if (context.request().has(PrintSection.AGREEMENTS)) {
            agreements(html, context, shown.snapshot().agreements());
        }
        if (context.request().has(PrintSection.REFERRALS)) {
            referrals(html, context, shown.snapshot().referrals());
        }
        if (context.request().has(PrintSection.CONTACTS)) {
            contacts(html, context);
        }
        if (context.request().has(PrintSection.PARTIES) && !shown.parties().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Party party : shown.parties()) {
                rows.add(List.of(PrintContext.typed(party.name()), context.label(party.role()), context.label(party.vote())));
            }
            html.heading(2, context.get("print.pro.parties"));
            html.table("parties", List.of(context.get("print.pro.colName"), context.get("print.pro.colRole"),
                    context.get("print.pro.colVote")), rows, true);
        }
        html.paragraph("muted", context.get("print.family.printedOn", context.printedOn()));
        return html.build();
    }

    private static void household(Html html, PrintContext context) {
        Family family = context.dossier().family();
        html.heading(2, context.get("print.pro.household"));
        List<List<String>> rows = new ArrayList<>();
        for (Member member : context.dossier().members()) {
            String role = member.role() == null ? "—" : context.get("role." + member.role().name());
            rows.add(List.of(PrintContext.typed(member.fullName()), role, PrintContext.typed(member.birthDate()),
                    context.label(member.residence())));
        }
        html.table("members", List.of(context.get("print.pro.colName"), context.get("print.pro.colRole"),
                context.get("print.pro.colBorn"), context.get("print.pro.colLives")), rows, true);
        html.paragraph(context.get("print.pro.regisseur", PrintContext.typed(family.regisseurName()),
                PrintContext.typed(Text.joinNonBlank(", ", family.regisseurRole(), family.regisseurOrganisation())),
                PrintContext.typed(family.regisseurPhone())));
    }

    private static void analysis(Html html, PrintContext context, Plan plan) {
        html.heading(2, context.get("print.pro.analysis"));
        html.paragraph(PrintContext.typed(plan.problemAnalysis()));
        if (context.request().has(PrintSection.GOES_WELL)) {
            html.heading(3, context.get("print.family.goesWell"));
            html.paragraph(PrintContext.typed(plan.goesWell()));
        }
        if (context.request().has(PrintSection.PERSPECTIVE)) {
            html.heading(3, context.get("print.pro.perspective"));
            html.paragraph(PrintContext.typed(plan.perspective()));
            List<String> own = plan.memberPerspectives().entrySet().stream()
                    .map(entry -> People.name(context.dossier(), Documents.uuid(entry.getKey())) + ": " + entry.getValue())
                    .toList();
            if (!own.isEmpty()) {
                html.list(own);
            }
        }
        if (context.request().has(PrintSection.NEXT_MEETING)) {
            html.paragraph(context.get("print.pro.nextEvaluation", PrintContext.typed(plan.nextEvaluationOn())));
        }
    }

    private static void selfReliance(Html html, PrintContext context) {
        SelfRelianceSummary summary = SelfRelianceSummary.of(context.sources().intake());
        html.heading(2, context.get("print.pro.selfReliance"));
        html.paragraph(context.get("print.pro.familyCan", PrintContext.typed(summary.familyCan())));
        html.paragraph(context.get("print.pro.networkCan", PrintContext.typed(summary.networkCan())));
        html.paragraph(context.get("print.pro.helpNeeded", PrintContext.typed(summary.helpNeeded())));
        List<List<String>> rows = new ArrayList<>();
        for (SelfRelianceSummary.ScoredDomain domain : summary.domains()) {
            String who = Documents.names(context, domain.memberIds());
            rows.add(List.of(domain.label(), who.isBlank() ? context.get("print.pro.wholeHousehold") : who,
                    domain.score() + " " + domain.scoreLabel()));
        }
        if (!rows.isEmpty()) {
            html.table("scores", List.of(context.get("print.pro.colDomain"), context.get("print.pro.colAbout"),
                    context.get("print.pro.colScore")), rows, true);
        }
    }

    private static void goals(Html html, PrintContext context, ShownPlan shown) {
        html.heading(2, context.get("print.pro.goals"));
        List<List<String>> rows = new ArrayList<>();
        int place = 0;
        for (Goal goal : shown.snapshot().goals()) {
            String domains = goal.domainCodes().stream().map(code -> Documents.domainLabel(context, code, false))
                    .collect(Collectors.joining(", "));
            rows.add(List.of(String.valueOf(++place), PrintContext.typed(goal.text()), PrintContext.typed(domains),
                    PrintContext.typed(goal.targetDate()), context.label(goal.status())));
        }
        html.table("goals", List.of(context.get("print.pro.colGoal"), context.get("print.pro.colEffect"),
                context.get("print.pro.colDomain"), context.get("print.pro.colTarget"), context.get("print.pro.colStatus")), rows, true);
    }

    private static void agreements(Html html, PrintContext context, List<Agreement> agreements) {
        html.heading(2, context.get("print.pro.agreements"));
        List<List<String>> rows = new ArrayList<>();
        for (Agreement agreement : agreements) {
            rows.add(List.of(PrintContext.typed(agreement.withWhom()), context.label(agreement.how()),
                    PrintContext.typed(agreement.frequency()), PrintContext.typed(agreement.nextOn())));
        }
        html.table("agreements", List.of(context.get("print.pro.colWithWhom"), context.get("print.pro.colHow"),
                context.get("print.pro.colHowOften"), context.get("print.pro.colNext")), rows, true);
    }

    private static void referrals(Html html, PrintContext context, List<Referral> referrals) {
        html.heading(2, context.get("print.pro.referrals"));
        List<List<String>> rows = new ArrayList<>();
        for (Referral referral : referrals) {
            rows.add(List.of(PrintContext.typed(referral.provider()), PrintContext.typed(referral.kind()),
                    PrintContext.typed(referral.requestedOn()), PrintContext.typed(referral.grantedOn()),
                    PrintContext.typed(referral.validFrom()) + " – " + PrintContext.typed(referral.validUntil())));
        }
        html.table("referrals", List.of(context.get("print.pro.colProvider"), context.get("print.pro.colKind"),
                context.get("print.pro.colRequested"), context.get("print.pro.colGranted"), context.get("print.pro.colPeriod")),
                rows, true);
    }

    private static void contacts(Html html, PrintContext context) {
        html.heading(2, context.get("print.pro.contacts"));
        List<List<String>> rows = new ArrayList<>();
        for (Contact contact : context.dossier().contacts()) {
            rows.add(List.of(PrintContext.typed(contact.name()), Documents.whoIsThat(contact), PrintContext.typed(contact.phone()),
                    PrintContext.typed(contact.email()), PrintContext.typed(contact.daysReachable())));
        }
        html.table("contacts", List.of(context.get("print.pro.colName"), context.get("print.family.colWhoIsThat"),
                context.get("print.family.colPhone"), context.get("print.family.colEmail"), context.get("print.family.colDays")),
                rows, true);
    }
}
