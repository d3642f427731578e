"use client";
import { useEffect, useState } from "react";

/**
 * The current time, ticking every `intervalMs`; null until mounted, so that server and browser
 * render the same first frame (a clock read on the server would not match).
 */
export function useNow(intervalMs = 1000): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const timer = window.setInterval(tick, intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
