/**
 * The shapes of the log analyzer's catalogue (content/log-catalogue.yaml,
 * checked by src/content/schema.ts) and of what the analyzer reports.
 */

/** One step of the guide's XSP sign-in ladder, as the logs show it. */
export interface SignInStep {
  readonly id: string;
  /** The step's number in the guide's ladder diagram (2.1, 5.3, …). */
  readonly number: string;
  /** Its arrow in the ladder diagram: between two lanes, with a verbatim label. */
  readonly arrow: { readonly from: Lane; readonly to: Lane; readonly label: string };
  /** A line of this step. */
  readonly pattern: string;
  /** A sign-in attempt starts with this step; other activity is a signed-in client's. */
  readonly starts?: boolean | undefined;
  /** The step counts as seen only when its entry also matches this (its success evidence). */
  readonly success?: string | undefined;
  /** The step's own failure evidence, most telling first: the first that matches gives the reason quoted (its first group). */
  readonly failure?: readonly string[] | undefined;
  /** Where the attempt leads when this step was refused (credentials or token not accepted). */
  readonly refused?: string | undefined;
  /** A user id this step names: its first group. */
  readonly user?: { readonly role: UserRole; readonly pattern: string } | undefined;
  /**
   * What the step's answer must hold for the client's platform, and where
   * the attempt leads when it does not (the device list and the desktop's
   * "Business Communicator - PC").
   */
  readonly requires?: { readonly platform: string; readonly pattern: string; readonly reason: string; readonly target: string } | undefined;
}

/** The lanes of the ladder: the Webex app, the Webex IdP proxy, XSP Xsi-Actions, the XSP authService, the Application Server (OCI-P). */
export type Lane = 'app' | 'idp' | 'xsi' | 'auth' | 'as';

/** Which user id: the Webex one the profile request asks for, the BroadWorks one the profile returns, or the one the token request sends. */
export type UserRole = 'webex' | 'broadworks' | 'sent';

/** The Application Server's exchanges with the provisioning bridge (src/features/logs/bridge.ts). */
export interface BridgeCatalogue {
  /** A POST; it is a provisioning request when `body` follows. */
  readonly post: string;
  /** The subscriberProfile the provisioning request carries. */
  readonly body: string;
  /** A status line; its first group is the status. */
  readonly status: string;
  /** The bridge's message in its answer. */
  readonly message: string;
  /** The user a provisioning request is for, in its subscriberProfile: the first group that caught something. */
  readonly user?: string | undefined;
  /** How many lines an exchange may span. */
  readonly within: number;
  /** The finding for a provisioning request sent to an IP address. */
  readonly ip: { readonly id: string; readonly pattern: string; readonly target: string };
  /** The finding for each status the bridge answers; `message`: cite the message that follows. */
  readonly statuses: Readonly<Record<string, { readonly id: string; readonly target: string; readonly message?: boolean | undefined }>>;
}

/**
 * A request is known by its client's address, the second it came in, its
 * method and its target; an access_log line without a tracking id is tied to
 * the one attempt whose log entry shows the same request.
 */
export interface RequestCatalogue {
  /** Finds candidate access_log lines in a whole chunk (unanchored, cheap). */
  readonly candidate: string;
  /** An access_log line; named groups client, day, month, year, time, method, target, status. */
  readonly access: string;
  /** A request line in a log entry; groups: method, target. */
  readonly line: string;
  /** The client's address in a log entry: the first group that caught something. */
  readonly client: string;
  /** The date in an entry's first line: year, month, day. */
  readonly date: string;
}

export interface LogCatalogue {
  readonly kinds: readonly { readonly id: string; readonly detect: readonly string[] }[];
  readonly findings: readonly {
    readonly id: string;
    readonly pattern: string;
    readonly kinds?: readonly string[] | undefined;
    readonly target: string;
  }[];
  readonly blocks: readonly {
    readonly id: string;
    readonly open: string;
    readonly close: string;
    readonly missing?: string | undefined;
    readonly invalid?: string | undefined;
    readonly valid?: string | undefined;
    readonly target: string;
  }[];
  readonly bridge: BridgeCatalogue;
  /** The user a finding's line names (an e-mail address, a userId=): the first group of the first that matches. */
  readonly users?: readonly string[] | undefined;
  readonly signIn: {
    readonly correlation: string;
    /** A line that starts a log entry; the lines up to the next one belong to it. */
    readonly entry: string;
    /** Captures the server thread in an entry's first line. */
    readonly thread: string;
    /** Lines of interest that carry no tracking id: their entry takes the thread's. */
    readonly inherit: readonly string[];
    /** Captures hours, minutes and seconds in an entry's first line. */
    readonly time: string;
    /** Seconds after the thread's last request within which an entry may still take its id. */
    readonly inheritWithin: number;
    readonly target: string;
    /** Where an attempt leads when it stops without a step-specific target. */
    readonly stopped: string;
    readonly steps: readonly SignInStep[];
    /** Any failure in an entry, most telling first, as for a step's own. */
    readonly failure: readonly string[];
    /** The failures that are a refusal (credentials or token not accepted), not an error. */
    readonly refused: string;
    /** The lanes of the ladder diagram, left to right. */
    readonly lanes: readonly Lane[];
    /** The client's platform, from its user agent: the first that matches. */
    readonly platforms: readonly { readonly id: string; readonly pattern: string }[];
    /** How access_log lines without a tracking id are tied to their attempt (src/features/logs/requests.ts). */
    readonly requests?: RequestCatalogue | undefined;
  };
  /** Error codes to find wherever they appear, and where each leads. */
  readonly codes: readonly string[];
}

/** The analyzer's words in one language (content/text/<locale>/log-catalogue.yaml). */
export interface LogCatalogueText {
  readonly kinds: Readonly<Record<string, string>>;
  readonly findings: Readonly<Record<string, string>>;
  readonly signIn: {
    readonly title: string;
    readonly complete: string;
    /** `practice`: a reading the guide does not give, shown marked as general practice. */
    readonly steps: Readonly<Record<string, { readonly name: string; readonly stops: string; readonly practice?: string | undefined }>>;
  };
}

export interface MatchedLine {
  readonly line: number;
  readonly text: string;
  /** The file the line comes from, once results of several files are put together. */
  readonly file?: string | undefined;
}

export interface Finding {
  readonly id: string;
  readonly target: string;
  readonly count: number;
  /** The first few matching lines, trimmed to a readable length. */
  readonly lines: readonly MatchedLine[];
  /** The users the finding is about, as the request or the line names them (the first few). */
  readonly users?: readonly string[] | undefined;
}
