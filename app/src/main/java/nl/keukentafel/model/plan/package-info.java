/** The werkplan, its agreed versions, evaluations, escalation and closure (ADR 0005). No JavaFX, no SQL. */
package nl.keukentafel.model.plan;
