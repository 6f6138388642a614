import { describe, expect, it } from "vitest";
import { directionLabel, metricLabel, stageLabel, valueFloor, withUnit } from "../../../web/charts/labels.js";

describe("labels", () => {
  it("directionLabel(direction) names both countries in the direction of travel", () => {
    expect(directionLabel("kg-to-kz")).toBe("Kyrgyzstan → Kazakhstan");
    expect(directionLabel("kz-to-kg")).toBe("Kazakhstan → Kyrgyzstan");
    expect(() => directionLabel("kz")).toThrow('direction must be "kg-to-kz" or "kz-to-kg", got "kz"');
  });

  it("stageLabel(stage) capitalises the country and spells out words", () => {
    expect(stageLabel("kz-border-control")).toBe("KZ border control");
    expect(stageLabel("kz-xray")).toBe("KZ X-ray");
    expect(stageLabel("weighbridge")).toBe("weighbridge");
  });

  it("metricLabel(path) gives a readable name and unit for known paths and keeps unknown ones", () => {
    expect(metricLabel("directions.kg-to-kz.crossingHours")).toEqual({ label: "Crossing time, Kyrgyzstan → Kazakhstan", unit: "hours" });
    expect(metricLabel("directions.kz-to-kg.crossingHours.p95")).toEqual({ label: "95th percentile crossing time, Kazakhstan → Kyrgyzstan", unit: "hours" });
    expect(metricLabel("directions.kz-to-kg.trucksPerDay")).toEqual({ label: "Trucks crossed, Kazakhstan → Kyrgyzstan", unit: "trucks/day" });
    expect(metricLabel("directions.kg-to-kz.activities.kz-xray.waitHours")).toEqual({ label: "Wait before KZ X-ray, Kyrgyzstan → Kazakhstan", unit: "hours" });
    expect(metricLabel("directions.kg-to-kz.activities.kz-xray.trucksPerDay")).toEqual({ label: "Trucks through KZ X-ray, Kyrgyzstan → Kazakhstan", unit: "trucks/day" });
    expect(metricLabel("directions.kz-to-kg.documentsHoldHours")).toEqual({ label: "Held aside for missing documents, Kazakhstan → Kyrgyzstan", unit: "hours" });
    expect(metricLabel("system.timeInSystem")).toEqual({ label: "system.timeInSystem", unit: "" });
  });

  it("withUnit(label, unit) adds the unit in brackets unless there is none", () => {
    expect(withUnit("Buffer index", "")).toBe("Buffer index");
    expect(withUnit("Road queue", "km")).toBe("Road queue (km)");
  });

  it("valueFloor(metric, unit) is 0 for a border metric with a unit and -Infinity for a unitless or network metric", () => {
    expect(valueFloor("directions.kg-to-kz.crossingHours", "hours")).toBe(0);
    expect(valueFloor("directions.kg-to-kz.roadQueueKm", "km")).toBe(0);
    expect(valueFloor("directions.kg-to-kz.someShare", "")).toBe(-Infinity);
    expect(valueFloor("stations.desk.waitInQueue", "time units")).toBe(-Infinity);
  });
});
