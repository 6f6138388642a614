import { describe, expect, it } from "vitest";
import { metricUnit } from "../../../src/scenario/output/metric-unit.js";

describe("metricUnit(path, model)", () => {
  it("metricUnit(path, 'border') reads hours, trucks/day, trucks and km from the border's metric names", () => {
    expect(metricUnit("directions.kg-to-kz.crossingHours", "border")).toBe("hours");
    expect(metricUnit("directions.kg-to-kz.crossingHours.p95", "border")).toBe("hours");
    expect(metricUnit("directions.kg-to-kz.activities.kz-xray.waitHours", "border")).toBe("hours");
    expect(metricUnit("directions.kz-to-kg.trucksPerDay", "border")).toBe("trucks/day");
    expect(metricUnit("directions.kz-to-kg.queueTrucks", "border")).toBe("trucks");
    expect(metricUnit("directions.kz-to-kg.queueKm", "border")).toBe("km");
    expect(metricUnit("directions.kz-to-kg.bufferIndex", "border")).toBe("ratio");
    expect(metricUnit("system.timeInSystem.p50", "border")).toBe("hours");
    expect(metricUnit("system.throughput", "border")).toBe("trucks/hour");
    expect(metricUnit("stations.kz-xray.utilization", "border")).toBe("share of time");
    expect(metricUnit("stations.kz-xray.queueLength", "border")).toBe("trucks");
    expect(metricUnit("classes.general.crossingHours", "border")).toBe("hours");
  });

  it("metricUnit(path, 'network') uses the model's own time unit, which the file does not name", () => {
    expect(metricUnit("system.timeInSystem", "network")).toBe("time units");
    expect(metricUnit("classes.a.waitInQueue", "network")).toBe("time units");
    expect(metricUnit("system.throughput", "network")).toBe("per time unit");
    expect(metricUnit("system.balkRate", "network")).toBe("per time unit");
    expect(metricUnit("stations.desk.queueLength", "network")).toBe("customers");
    expect(metricUnit("system.inSystem", "network")).toBe("customers");
  });

  it("metricUnit(unknown path, model) is empty rather than a guess", () => {
    expect(metricUnit("directions.kg-to-kz.somethingNew", "border")).toBe("");
    expect(metricUnit("system.somethingNew", "network")).toBe("");
  });
});
